package org.xuncha.platform.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.xuncha.platform.problem.InvalidInput;

class PageTest {

    private static final List<String> FIVE = List.of("a", "b", "c", "d", "e");

    @Test
    void aSmallListIsReadPageByPageFollowingNext() {
        Page<String> first = Page.slice(FIVE, null, 2);
        assertThat(first.items()).containsExactly("a", "b");
        Page<String> second = Page.slice(FIVE, first.next(), 2);
        assertThat(second.items()).containsExactly("c", "d");
        Page<String> last = Page.slice(FIVE, second.next(), 2);
        assertThat(last.items()).containsExactly("e");
        assertThat(last.next()).isNull();
    }

    @Test
    void aListThatFitsHasNoNext() {
        assertThat(Page.slice(FIVE, null, 5).next()).isNull();
        assertThat(Page.slice(List.of(), null, 5).items()).isEmpty();
    }

    @Test
    void aCursorThatIsNotOfTheListIsRefused() {
        assertThatThrownBy(() -> Page.slice(FIVE, Cursor.of("x").encode(), 2)).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> Page.slice(FIVE, Cursor.of(9).encode(), 2)).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> Page.slice(FIVE, Cursor.of(-1).encode(), 2)).isInstanceOf(InvalidInput.class);
    }
}
