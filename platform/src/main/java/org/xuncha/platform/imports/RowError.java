package org.xuncha.platform.imports;

/** A rejected row: where it is in the file, the column at fault (absent for the row as a whole) and why. */
public record RowError(long id, long row, String column, String reason) {
}
