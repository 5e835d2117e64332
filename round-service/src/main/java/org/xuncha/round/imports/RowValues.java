package org.xuncha.round.imports;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.function.Function;
import org.xuncha.platform.imports.Cells;
import org.xuncha.platform.imports.SourceRow;

/**
 * The cells of a row read by the rules of the API the kind mirrors; each broken rule a
 * {@link RowRefused} naming the column.
 */
public final class RowValues {

    private final SourceRow row;

    public RowValues(SourceRow row) {
        this.row = row;
    }

    public long line() {
        return row.line();
    }

    /** The stripped text of a column, null when blank; refused past {@code max} characters. */
    public String text(String column, int max) {
        String value = Cells.text(row.values(), column);
        if (value != null && value.length() > max) {
            throw new RowRefused(column, "must have at most " + max + " characters");
        }
        return value;
    }

    /** As {@link #text}, refused when blank. */
    public String required(String column, int max) {
        String value = text(column, max);
        if (value == null) {
            throw new RowRefused(column, "must not be blank");
        }
        return value;
    }

    /** One of a list of values, by the names {@code named} knows; null when blank. */
    public <T> T choice(String column, Function<String, T> named, String expected) {
        String value = text(column, 100);
        if (value == null) {
            return null;
        }
        T chosen = named.apply(value);
        if (chosen == null) {
            throw new RowRefused(column, "'" + value + "' is not one of " + expected);
        }
        return chosen;
    }

    /**
     * The value of an enumeration a cell names: by one of its Chinese names, else by its constant
     * (in any case); null when it names none.
     */
    public static <E extends Enum<E>> Function<String, E> named(Class<E> type, Map<String, E> chinese) {
        return text -> {
            E value = chinese.get(text.strip());
            if (value != null) {
                return value;
            }
            try {
                return Enum.valueOf(type, text.strip().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException unknown) {
                return null;
            }
        };
    }

    /** A date as yyyy-MM-dd (or yyyy/MM/dd, yyyy.MM.dd); null when blank. */
    public LocalDate date(String column) {
        return date(column, text(column, 20));
    }

    /** An ISO date; the column named when it is not one. */
    public static LocalDate date(String column, String text) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text.replace('/', '-').replace('.', '-'));
        } catch (DateTimeParseException e) {
            throw new RowRefused(column, "'" + text + "' is not a date (yyyy-MM-dd)");
        }
    }

    /** A whole number within bounds; null when blank. */
    public Integer integer(String column, int min, int max) {
        String value = text(column, 20);
        if (value == null) {
            return null;
        }
        try {
            int number = Integer.parseInt(value);
            if (number < min || number > max) {
                throw new RowRefused(column, "must be between " + min + " and " + max);
            }
            return number;
        } catch (NumberFormatException e) {
            throw new RowRefused(column, "'" + value + "' is not a whole number");
        }
    }

    /** Yes or no; absent is no. */
    public boolean bool(String column) {
        Boolean value = Cells.bool(Cells.text(row.values(), column));
        if (value == null) {
            throw new RowRefused(column, "'" + row.values().get(column) + "' is not yes or no (true/false, 是/否, 1/0)");
        }
        return value;
    }

    /** The raw values, by column. */
    public Map<String, String> values() {
        return row.values();
    }
}
