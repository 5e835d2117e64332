package org.xuncha.platform.imports;

import java.util.Map;

/**
 * One row of an uploaded file by column name, or why it could not be read ({@code error} on
 * {@code errorColumn}); {@code line} is where it starts in the file.
 */
public record SourceRow(long line, Map<String, String> values, String errorColumn, String error) {

    public static SourceRow unreadable(long line, String column, String error) {
        return new SourceRow(line, Map.of(), column, error);
    }
}
