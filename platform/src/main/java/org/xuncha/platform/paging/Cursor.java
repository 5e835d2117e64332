package org.xuncha.platform.paging;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.xuncha.platform.problem.InvalidInput;

/**
 * A position in a keyset-paginated list: the sort key of the last row a page showed. Opaque to
 * clients (base64url); a page after it is read with {@code WHERE key > cursor}, so page 1,000 costs
 * what page 1 costs.
 */
public record Cursor(List<String> keys) {

    private static final String SEPARATOR = "\u001f";
    /** No page hands out a longer cursor; a longer one is refused before it is decoded. */
    public static final int MAX_LENGTH = 2048;

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

    /**
     * Reads a cursor a page handed out; anything else is refused as a field error on {@code cursor}.
     * A cursor is only base64url text, so a client may forge one: every key is read through the typed
     * accessors below ({@link #id}, {@link #number}, {@link #day}, {@link #text}), which refuse a key
     * of the wrong kind the same way, so a forged but well-formed cursor never reaches the database.
     */
    public static Cursor decode(String encoded, int expectedKeys) {
        if (encoded == null || encoded.length() > MAX_LENGTH) {
            throw refused();
        }
        try {
            String raw = new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8);
            List<String> keys = List.of(raw.split(SEPARATOR, -1));
            if (keys.size() != expectedKeys) {
                throw refused();
            }
            return new Cursor(keys);
        } catch (IllegalArgumentException notBase64) {
            throw refused();
        }
    }

    /** The id the last row of the previous page had, for the common one-key cursor; null without a cursor. */
    public static UUID afterId(String encoded) {
        return encoded == null || encoded.isBlank() ? null : decode(encoded, 1).id(0);
    }

    public String key(int index) {
        return keys.get(index);
    }

    /** The key at {@code index} as a UUID; anything else refuses the cursor. */
    public UUID id(int index) {
        String key = keys.get(index);
        if (key.length() != 36) {
            throw refused();
        }
        try {
            return UUID.fromString(key);
        } catch (IllegalArgumentException notAnId) {
            throw refused();
        }
    }

    /** The key at {@code index} as a whole number; anything else refuses the cursor. */
    public long number(int index) {
        try {
            return Long.parseLong(keys.get(index));
        } catch (NumberFormatException notANumber) {
            throw refused();
        }
    }

    /** The key at {@code index} as an ISO date; anything else refuses the cursor. */
    public LocalDate day(int index) {
        try {
            return LocalDate.parse(keys.get(index));
        } catch (DateTimeParseException notADay) {
            throw refused();
        }
    }

    /** The key at {@code index} as text without control characters (PostgreSQL refuses NUL); else refused. */
    public String text(int index) {
        String key = keys.get(index);
        if (key.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            throw refused();
        }
        return key;
    }

    /** The key at {@code index} if it is of the form {@code pattern} describes (a tree path); else refused. */
    public String text(int index, java.util.regex.Pattern pattern) {
        String key = text(index);
        if (!pattern.matcher(key).matches()) {
            throw refused();
        }
        return key;
    }

    private static InvalidInput refused() {
        return InvalidInput.of("cursor", "is not a cursor of this list");
    }
}
