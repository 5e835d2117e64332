package org.xuncha.round.history;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * One row of a history file: its line, its kind and its cells by column, blank cells left out.
 * Reading a cell checks its type; a wrong one is a {@link Refused} naming the column.
 */
public record HistoryRow(long line, HistoryKind kind, Map<String, String> values) {

    /** A row error: the column at fault (absent for the row as a whole) and why. */
    public static final class Refused extends RuntimeException {
        private final String column;

        public Refused(String column, String reason) {
            super(reason, null, false, false);
            this.column = column;
        }

        public String column() {
            return column;
        }
    }

    public String text(String column) {
        String value = values.get(column);
        if (value == null) {
            return null;
        }
        String stripped = value.strip();
        if (stripped.length() > 4000) {
            throw new Refused(column, "must have at most 4000 characters");
        }
        return stripped.isEmpty() ? null : stripped;
    }

    public String required(String column) {
        String value = text(column);
        if (value == null) {
            throw new Refused(column, "must not be blank for a row of kind " + kind.code());
        }
        return value;
    }

    public Integer number(String column) {
        String value = text(column);
        if (value == null) {
            return null;
        }
        try {
            int number = Integer.parseInt(value);
            if (number < 0) {
                throw new Refused(column, "must not be negative");
            }
            return number;
        } catch (NumberFormatException e) {
            throw new Refused(column, "'" + value + "' is not a whole number");
        }
    }

    public BigDecimal money(String column) {
        String value = text(column);
        if (value == null) {
            return null;
        }
        try {
            BigDecimal money = new BigDecimal(value.replace(",", ""));
            if (money.signum() < 0 || money.scale() > 2 || money.precision() - money.scale() > 14) {
                throw new Refused(column, "'" + value + "' is not an amount of yuan (at most two decimals, not negative)");
            }
            return money;
        } catch (NumberFormatException e) {
            throw new Refused(column, "'" + value + "' is not a number");
        }
    }

    public LocalDate date(String column) {
        String value = text(column);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value.replace('/', '-').replace('.', '-'));
        } catch (DateTimeParseException e) {
            throw new Refused(column, "'" + value + "' is not a date (YYYY-MM-DD)");
        }
    }

    /** A digest of the row's cells (not of its line): the same row anywhere in any file has the same one. */
    public String digest() {
        StringBuilder canonical = new StringBuilder(kind.name());
        new TreeMap<>(values).forEach((column, value) -> {
            if (value != null && !value.isBlank()) {
                canonical.append('\u0000').append(column).append('=').append(value.strip());
            }
        });
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
