package org.xuncha.platform.imports;

import java.time.OffsetDateTime;
import java.util.UUID;

/** An import job as its table holds it; {@code header} the uploaded CSV's header, as the file has it. */
public record ImportJob(UUID id, String kind, String format, String charset, boolean dryRun, ImportState state,
        long rowsRead, long rowsAccepted, long rowsRejected, long rowsInserted, long rowsUpdated, long rowsUnchanged,
        String failure, OffsetDateTime createdAt, OffsetDateTime startedAt, OffsetDateTime finishedAt,
        boolean allOrNothing, java.util.List<String> header) {

    public ImportJob(UUID id, String kind, String format, String charset, boolean dryRun, ImportState state,
            long rowsRead, long rowsAccepted, long rowsRejected, long rowsInserted, long rowsUpdated, long rowsUnchanged,
            String failure, OffsetDateTime createdAt, OffsetDateTime startedAt, OffsetDateTime finishedAt) {
        this(id, kind, format, charset, dryRun, state, rowsRead, rowsAccepted, rowsRejected, rowsInserted, rowsUpdated,
                rowsUnchanged, failure, createdAt, startedAt, finishedAt, false, java.util.List.of());
    }

    /** Whether the job still runs (or waits to). */
    public boolean open() {
        return state == ImportState.QUEUED || state == ImportState.RUNNING;
    }

    /** Rows read a second, from the start of the job to its end (or now). */
    public double rowsPerSecond(OffsetDateTime now) {
        if (startedAt == null) {
            return 0;
        }
        OffsetDateTime end = finishedAt == null ? now : finishedAt;
        double seconds = Math.max(0.001, java.time.Duration.between(startedAt, end).toNanos() / 1e9);
        return Math.round(rowsRead / seconds * 10) / 10.0;
    }
}
