package org.xuncha.platform.paging;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import org.xuncha.platform.problem.InvalidInput;

/**
 * A position in a keyset-paginated list: the sort key of the last row a page showed. Opaque to
 * clients (base64url); a page after it is read with {@code WHERE key > cursor}, so page 1,000 costs
 * what page 1 costs.
 */
public record Cursor(List<String> keys) {

    private static final String SEPARATOR = "\u001f";

    public Cursor {
        keys = List.copyOf(keys);
    }

    public static Cursor of(Object... keys) {
        return new Cursor(Arrays.stream(keys).map(String::valueOf).toList());
    }

    public String encode() {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(String.join(SEPARATOR, keys).getBytes(StandardCharsets.UTF_8));
    }

    /** Reads a cursor a page handed out; anything else is refused as a field error on {@code cursor}. */
    public static Cursor decode(String encoded, int expectedKeys) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8);
            List<String> keys = List.of(raw.split(SEPARATOR, -1));
            if (keys.size() != expectedKeys) {
                throw InvalidInput.of("cursor", "is not a cursor of this list");
            }
            return new Cursor(keys);
        } catch (IllegalArgumentException notBase64) {
            throw InvalidInput.of("cursor", "is not a cursor of this list");
        }
    }

    public String key(int index) {
        return keys.get(index);
    }
}
