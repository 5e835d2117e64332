package org.xuncha.round.imports;

/** Where an import job is. */
public enum ImportState {
    /** Spooled, waiting for the importer. */
    QUEUED,
    /** Rows are being read and staged; nothing is written to the registry yet. */
    RUNNING,
    /** Resolved and written in one transaction (or, in a dry run, only validated). */
    SUCCEEDED,
    /** The file could not be read to its end, or the service stopped: nothing was written. */
    FAILED
}
