package org.xuncha.platform.imports;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Reading the values of a row: blank is absent, yes/no in English, digits or Chinese. */
public final class Cells {

    private Cells() {
    }

    /** The value of a column, stripped; null when absent or blank. */
    public static String text(Map<String, String> values, String column) {
        String value = values.get(column);
        if (value == null) {
            return null;
        }
        String stripped = value.strip();
        return stripped.isEmpty() ? null : stripped;
    }

    /** true/yes/y/1/是, false/no/n/0/否; absent is false; anything else null (a row error). */
    public static Boolean bool(String text) {
        if (text == null) {
            return false;
        }
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "y", "1", "是" -> true;
            case "false", "no", "n", "0", "否" -> false;
            default -> null;
        };
    }

    /**
     * The entries of a multi-valued cell, separated by {@code ;} (or the full-width {@code ；}),
     * each stripped, blanks left out; empty when the cell is absent.
     */
    public static List<String> list(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split("[;；]")).map(String::strip).filter(entry -> !entry.isEmpty()).toList();
    }

    /**
     * The parts of one entry of a multi-valued cell, separated by {@code |} (or the full-width
     * {@code ｜}), each stripped, a blank part null; trailing parts may be left out.
     */
    public static List<String> parts(String entry) {
        return Arrays.stream(entry.split("[|｜]", -1)).map(String::strip).map(part -> part.isEmpty() ? null : part)
                .toList();
    }
}
