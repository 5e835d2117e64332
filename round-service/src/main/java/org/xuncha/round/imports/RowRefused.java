package org.xuncha.round.imports;

/** A row an import kind refuses: the column at fault (absent for the row as a whole) and why. */
public final class RowRefused extends RuntimeException {

    private final String column;

    public RowRefused(String column, String reason) {
        super(reason, null, false, false);
        this.column = column;
    }

    public String column() {
        return column;
    }
}
