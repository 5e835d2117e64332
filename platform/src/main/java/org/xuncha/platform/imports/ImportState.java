package org.xuncha.platform.imports;

/** Where an import job is. */
public enum ImportState {
    /** Spooled, waiting for the importer. */
    QUEUED,
    /** Rows are being read, checked and staged or written a batch at a time. */
    RUNNING,
    /** Every row read; the valid ones written (or, in a dry run, only validated). */
    SUCCEEDED,
    /** The file could not be read to its end, or the service stopped: nothing was written. */
    FAILED,
    /** Stopped at the office's request; what was written is said in the job's failure text. */
    CANCELLED,
    /**
     * The service stopped while the job ran: the batches committed before stay (the report says
     * how many rows), the rest were not written; running the same file again completes it.
     */
    INTERRUPTED
}
