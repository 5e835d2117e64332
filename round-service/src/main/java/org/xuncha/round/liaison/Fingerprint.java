package org.xuncha.round.liaison;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The fingerprint of what a body sent: SHA-256 of its fields, so a replay (the same content under the
 * same reference) is told from a reference used again for something else.
 */
public final class Fingerprint {

    private Fingerprint() {
    }

    public static String of(Object... fields) {
        StringBuilder canonical = new StringBuilder();
        for (Object field : fields) {
            String value = Objects.toString(field, "\u0000");
            canonical.append(value.length()).append(':').append(value).append('|');
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
