package org.xuncha.rectification.imports.rest;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.xuncha.platform.imports.ImportJob;
import org.xuncha.platform.imports.ImportState;

@Schema(name = "ImportJob", description = "An import job and its report")
public record ImportJobView(
        UUID id,
        @Schema(example = "ledgers") String kind,
        @Schema(example = "csv") String format,
        @Schema(description = "The character set the file was read in, declared or detected", example = "GB18030") String charset,
        @Schema(description = "Validated only; nothing written") boolean dryRun,
        @Schema(description = "Nothing written unless every row is valid") boolean allOrNothing,
        ImportState state,
        @Schema(example = "3000") long rowsRead,
        @Schema(description = "Rows without error (written, unless a dry run)", example = "2998") long rowsAccepted,
        @Schema(description = "Rows with an error, listed at /imports/{id}/errors", example = "2") long rowsRejected,
        @Schema(description = "Accepted rows that added an item the office had added to the ledger", example = "12") long rowsInserted,
        @Schema(description = "Accepted rows that entered or changed a case or an item (matched by inspection and item number)", example = "2950")
        long rowsUpdated,
        @Schema(description = "Accepted rows that matched what the case or item holds: nothing changed", example = "36")
        long rowsUnchanged,
        @Schema(description = "Rows read a second", example = "41250.5") double rowsPerSecond,
        @Schema(description = "Why a FAILED, CANCELLED or INTERRUPTED job stopped, and what it wrote") String failure,
        OffsetDateTime createdAt,
        OffsetDateTime startedAt,
        OffsetDateTime finishedAt) {

    static ImportJobView of(ImportJob job, OffsetDateTime now) {
        return new ImportJobView(job.id(), job.kind(), job.format(), job.charset(), job.dryRun(), job.allOrNothing(), job.state(), job.rowsRead(),
                job.rowsAccepted(), job.rowsRejected(), job.rowsInserted(), job.rowsUpdated(), job.rowsUnchanged(),
                job.rowsPerSecond(now), job.failure(), job.createdAt(), job.startedAt(), job.finishedAt());
    }
}
