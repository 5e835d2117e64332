package org.xuncha.platform.imports;

import java.util.List;
import java.util.Map;

/**
 * One row of an uploaded file by column name, or why it could not be read ({@code error} on
 * {@code errorColumn}); {@code line} is where it starts in the file; {@code fields} the row as the
 * file has it (a CSV record's fields in the header's order, an NDJSON line as one field), so a
 * rejected row can be handed back as it came.
 */
public record SourceRow(long line, Map<String, String> values, String errorColumn, String error, List<String> fields) {

    public SourceRow(long line, Map<String, String> values, String errorColumn, String error) {
        this(line, values, errorColumn, error, List.of());
    }

    public static SourceRow unreadable(long line, String column, String error) {
        return new SourceRow(line, Map.of(), column, error);
    }

    /** The same row, unreadable, keeping its fields. */
    public SourceRow rejected(String column, String reason) {
        return new SourceRow(line, Map.of(), column, reason, fields);
    }
}
