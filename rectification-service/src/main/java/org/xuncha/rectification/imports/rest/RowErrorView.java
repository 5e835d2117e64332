package org.xuncha.rectification.imports.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.xuncha.platform.imports.RowError;

@Schema(name = "ImportRowError", description = "A rejected row of an import")
public record RowErrorView(
        @Schema(description = "The line of the file the row starts on (the header is line 1)", example = "17") long row,
        @Schema(description = "The column at fault; absent when it is the row as a whole", example = "inspectionNumber") String column,
        @Schema(example = "no case for term 0193a5b2-7c4e-7d21-9f3a-5b6c7d8e9f01 inspection QH-1-02 yet: import the history in round-service first (its feedback opens the case), then this file again") String reason) {

    static RowErrorView of(RowError error) {
        return new RowErrorView(error.row(), error.column(), error.reason());
    }
}
