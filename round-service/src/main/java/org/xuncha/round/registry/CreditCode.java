package org.xuncha.round.registry;

import java.util.Optional;

/**
 * The unified social credit code (统一社会信用代码) of GB 32100-2015: 18 characters from a 31-character
 * alphabet (digits and upper-case letters without I, O, S, V, Z), the last being a check character
 * computed from the first 17 with the standard's weights.
 */
public final class CreditCode {

    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private CreditCode() {
    }

    /** The code as it is stored: trimmed and upper-case. */
    public static String normalize(String code) {
        return code == null ? null : code.trim().toUpperCase(java.util.Locale.ROOT);
    }

    /** What is wrong with a code, or nothing when it is a valid code. */
    public static Optional<String> problemWith(String code) {
        String candidate = normalize(code);
        if (candidate.length() != 18) {
            return Optional.of("must have 18 characters, has " + candidate.length());
        }
        for (int i = 0; i < 18; i++) {
            if (ALPHABET.indexOf(candidate.charAt(i)) < 0) {
                return Optional.of("has '" + candidate.charAt(i) + "' at position " + (i + 1)
                        + ", which no credit code uses (digits and letters other than I, O, S, V, Z)");
            }
        }
        for (int i = 2; i < 8; i++) {
            if (!Character.isDigit(candidate.charAt(i))) {
                return Optional.of("must have the six digits of an administrative division at positions 3 to 8");
            }
        }
        char expected = checkCharacter(candidate);
        if (candidate.charAt(17) != expected) {
            return Optional.of("fails its check character (GB 32100-2015): the 18th character should be " + expected);
        }
        return Optional.empty();
    }

    /** The check character of the first 17 characters of a code. */
    static char checkCharacter(String code) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(code.charAt(i)) * WEIGHTS[i];
        }
        int check = 31 - sum % 31;
        return ALPHABET.charAt(check == 31 ? 0 : check);
    }
}
