package org.xuncha.platform.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.xuncha.platform.problem.InvalidInput;

class CursorTest {

    private static String forged(String raw) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aCursorAPageHandedOutReadsBack() {
        UUID id = UUID.randomUUID();
        Cursor cursor = Cursor.decode(Cursor.of(id, 42, LocalDate.of(2024, 1, 2), "/0000002a/").encode(), 4);
        assertThat(cursor.id(0)).isEqualTo(id);
        assertThat(cursor.number(1)).isEqualTo(42);
        assertThat(cursor.day(2)).isEqualTo(LocalDate.of(2024, 1, 2));
        assertThat(cursor.text(3, Pattern.compile("(/[0-9a-f]{8})+/"))).isEqualTo("/0000002a/");
    }

    @Test
    void aForgedButWellFormedCursorIsRefusedOnTheCursorField() {
        for (Runnable forgery : new Runnable[] {
                () -> Cursor.decode(forged("not-an-id"), 1).id(0),
                () -> Cursor.decode(forged("1-1-1-1-1"), 1).id(0),
                () -> Cursor.decode(forged("12x"), 1).number(0),
                () -> Cursor.decode(forged("2024-13-01"), 1).day(0),
                () -> Cursor.decode(forged("a\u0000"), 1).text(0),
                () -> Cursor.decode(forged("a"), 1).text(0, Pattern.compile("b")),
                () -> Cursor.decode(forged("a\u001fb"), 1),
                () -> Cursor.decode("%%%", 1),
                () -> Cursor.decode("A".repeat(Cursor.MAX_LENGTH + 1), 1)}) {
            assertThatThrownBy(forgery::run).isInstanceOf(InvalidInput.class)
                    .satisfies(refusal -> assertThat(((InvalidInput) refusal).errors().get(0).field()).isEqualTo("cursor"));
        }
    }
}
