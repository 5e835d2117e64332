package org.xuncha.round.imports;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import javax.sql.DataSource;
import org.xuncha.platform.imports.ImportJobStore;

/**
 * The one store of the service's import jobs: every kind's importer and the job endpoints share it,
 * so a cancellation asked of any job reaches the importer running it.
 */
public final class ImportJobs {

    private ImportJobs() {
    }

    @Produces
    @Singleton
    static ImportJobStore store(DataSource dataSource) {
        return new ImportJobStore(dataSource);
    }
}
