package org.xuncha.round.imports.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.xuncha.platform.imports.RowError;

@Schema(name = "ImportRowError", description = "A rejected row of an import")
public record RowErrorView(
        @Schema(description = "The line of the file the row starts on (the header is line 1)", example = "17") long row,
        @Schema(description = "The column at fault; absent when it is the row as a whole", example = "parentCode") String column,
        @Schema(example = "names no organization of the file or the registry: 410622-003") String reason) {

    static RowErrorView of(RowError error) {
        return new RowErrorView(error.row(), error.column(), error.reason());
    }
}
