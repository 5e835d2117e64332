package org.xuncha.round.imports;

import org.xuncha.platform.imports.ImportJobStore;
import org.xuncha.platform.imports.ImportState;

/** Why a job stopped before it wrote: cancelled, or the service stopping. */
final class ImportStopped extends RuntimeException {

    final ImportState state;

    private ImportStopped(ImportState state, String message) {
        super(message, null, false, false);
        this.state = state;
    }

    /** Throws when the service stops or someone asked the job to stop; checked between batches. */
    static void check(ImportJobStore jobs, java.util.UUID id, long read, boolean stopping) {
        if (stopping) {
            throw new ImportStopped(ImportState.INTERRUPTED, "the service stopped during the import after " + read
                    + " rows read; nothing was written; import the same file again");
        }
        if (jobs.cancelRequested(id)) {
            throw new ImportStopped(ImportState.CANCELLED, "cancelled after " + read + " rows read; nothing was written");
        }
    }
}
