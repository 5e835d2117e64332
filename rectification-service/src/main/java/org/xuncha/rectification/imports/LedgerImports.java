package org.xuncha.rectification.imports;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.jboss.logging.Logger;
import org.xuncha.platform.id.Ids;
import org.xuncha.platform.imports.ImportJob;
import org.xuncha.platform.imports.ImportJobStore;
import org.xuncha.platform.imports.ImportState;
import org.xuncha.platform.imports.MalformedFile;
import org.xuncha.platform.imports.Upload;
import org.xuncha.platform.imports.RejectedRows;
import org.xuncha.platform.imports.RowError;
import org.xuncha.platform.imports.RowSource;
import org.xuncha.platform.imports.Uploads;
import org.xuncha.platform.operations.AfterCommit;
import org.xuncha.platform.outbox.Outbox;
import org.xuncha.platform.paging.Page;
import org.xuncha.platform.problem.InvalidInput;

/**
 * Imports of historical rectification ledgers into the cases that historical feedback opened. The
 * upload is spooled to disk, then read three times in one transaction: the cases' signatures and
 * plans, then the items, then the cases' reports and closings, so a row may come anywhere in the
 * file and the events go out in the order a live case sends them (SignOffCompleted, LedgerItemClosed,
 * RectificationReported, CaseClosed). A dry run, an all-or-nothing import with a rejected row, a
 * cancellation or a stop rolls the whole job back.
 */
@ApplicationScoped
public class LedgerImports {

    static final String KIND = "ledgers";
    private static final Logger LOG = Logger.getLogger(LedgerImports.class);

    private final DataSource dataSource;
    private final EntityManager entityManager;
    private final Outbox outbox;
    private final Clock clock;
    private final ZoneId zone;
    private final ObjectMapper mapper;
    private final ImportJobStore jobs;
    private final ExecutorService importer = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "ledger-import");
        thread.setDaemon(true);
        return thread;
    });
    private final TransactionSynchronizationRegistry transactions;
    private volatile boolean stopping;

    public LedgerImports(DataSource dataSource, EntityManager entityManager, Outbox outbox, Clock clock,
            ObjectMapper mapper, TransactionSynchronizationRegistry transactions) {
        this.transactions = transactions;
        this.dataSource = dataSource;
        this.entityManager = entityManager;
        this.outbox = outbox;
        this.clock = clock;
        this.zone = clock.getZone();
        this.mapper = mapper;
        this.jobs = new ImportJobStore(dataSource);
    }

    void onStart(@Observes StartupEvent started) {
        recoverAfterRestart();
    }

    /**
     * Jobs a stopped service left QUEUED or RUNNING are INTERRUPTED. A ledger import runs in one
     * transaction, so such a job wrote nothing, and its failure says so and that the same file again is
     * the resume (rows upsert: what an earlier import recorded comes back unchanged).
     */
    public void recoverAfterRestart() {
        try {
            jobs.interruptLeftovers();
        } catch (SQLException e) {
            LOG.warn("could not close the ledger imports a previous run left", e);
        }
    }

    void onStop(@Observes ShutdownEvent stopped) {
        stopping = true;
        importer.shutdown();
        try {
            importer.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Spools the upload, checks its character set and header (a workbook's sheet too), and queues the job. */
    public ImportJob start(InputStream body, String format, String charsetName, String sheet, UUID termId,
            boolean dryRun, boolean allOrNothing, String createdBy) {
        if (termId == null) {
            throw InvalidInput.of("termId", "must name the term whose ledgers these are");
        }
        Upload upload = Upload.receive(body, format, charsetName, sheet, LedgerColumns.COLUMNS, mapper);
        try {
            UUID id = Ids.next();
            jobs.create(id, KIND, format, upload.charset().name(), dryRun, allOrNothing, upload.header(), createdBy,
                    OffsetDateTime.now(clock));
            // once the job's row is committed (an Idempotency-Key creates it in a transaction of its own)
            AfterCommit.run(transactions, () -> importer.execute(() -> run(id, upload, termId, dryRun, allOrNothing, createdBy)));
            return jobs.get(id);
        } catch (RuntimeException e) {
            upload.delete();
            throw e;
        }
    }

    /** Why a job stopped before it committed: a dry run or all-or-nothing (kept report), a cancellation, a stop. */
    private static final class Stopped extends RuntimeException {
        final ImportState state;

        Stopped(ImportState state, String message) {
            super(message, null, false, false);
            this.state = state;
        }
    }

    private void run(UUID id, Upload upload, UUID termId, boolean dryRun, boolean allOrNothing, String by) {
        LedgerPasses.Tally tally = new LedgerPasses.Tally();
        ImportState state = ImportState.SUCCEEDED;
        String failure = null;
        try {
            try (Connection connection = dataSource.getConnection()) {
                if (!jobs.begin(connection, id)) {
                    return;
                }
            }
            try {
                QuarkusTransaction.requiringNew().timeout(3600).run(() -> {
                    LedgerPasses passes = new LedgerPasses(entityManager, outbox, termId, by, zone,
                            OffsetDateTime.now(clock), tally, read -> checkStop(id, read));
                    try {
                        for (LedgerPasses.Pass pass : LedgerPasses.Pass.values()) {
                            try (RowSource rows = upload.open(LedgerColumns.COLUMNS, mapper)) {
                                passes.run(pass, rows);
                            }
                        }
                    } catch (IOException e) {
                        throw new MalformedFile("the file could not be read to its end: " + e.getMessage());
                    }
                    if (dryRun || (allOrNothing && !tally.errors.isEmpty())) {
                        throw new Stopped(ImportState.SUCCEEDED, null);
                    }
                });
            } catch (Stopped rolledBack) {
                if (rolledBack.state != ImportState.SUCCEEDED) {
                    throw rolledBack;
                }
                if (allOrNothing && !dryRun) {
                    state = ImportState.FAILED;
                    failure = tally.errors.size() + " rows were rejected and allOrNothing was asked: nothing was "
                            + "written; the errors list them";
                }
            }
        } catch (Stopped stopped) {
            state = stopped.state;
            failure = stopped.getMessage();
            tally.clear();
        } catch (SQLException | RuntimeException e) {
            Throwable cause = e;
            while (cause.getCause() != null && !(cause instanceof MalformedFile)) {
                cause = cause.getCause();
            }
            if (!(cause instanceof MalformedFile)) {
                LOG.errorf(e, "ledger import %s failed", id);
            }
            state = ImportState.FAILED;
            failure = cause instanceof MalformedFile ? cause.getMessage()
                    : "the import failed and wrote nothing: " + cause.getMessage();
            tally.clear();
        } finally {
            upload.delete();
        }
        finish(id, tally, state, failure, dryRun);
    }

    private void checkStop(UUID id, long read) {
        if (stopping) {
            throw new Stopped(ImportState.INTERRUPTED, "the service stopped during the import after " + read
                    + " rows read; nothing was written; import the same file again");
        }
        if (jobs.cancelRequested(id)) {
            throw new Stopped(ImportState.CANCELLED, "cancelled after " + read + " rows read; nothing was written");
        }
        if (read % 5000 == 0) {
            // in a transaction of its own: a connection taken in the import's would be enlisted in it, so the job
            // would show 0 rows read until the end and hold its row locked (a cancellation would wait for the end)
            QuarkusTransaction.requiringNew().run(() -> {
                try (Connection connection = dataSource.getConnection();
                        PreparedStatement update = connection.prepareStatement(
                                "update import_job set rows_read = ? where id = ?")) {
                    update.setLong(1, read);
                    update.setObject(2, id);
                    update.executeUpdate();
                } catch (SQLException e) {
                    LOG.debugf(e, "could not record the progress of ledger import %s", id);
                }
            });
        }
    }

    private void finish(UUID id, LedgerPasses.Tally tally, ImportState state, String failure, boolean dryRun) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            tally.errors.sort(Comparator.comparingLong(LedgerPasses.Rejected::line));
            try (PreparedStatement insert = connection.prepareStatement(ImportJobStore.INSERT_ERROR)) {
                for (LedgerPasses.Rejected error : tally.errors) {
                    ImportJobStore.addError(insert, id, error.line(), error.column(), error.reason(), error.fields());
                }
                insert.executeBatch();
            }
            long rejected = tally.errors.size();
            boolean written = state == ImportState.SUCCEEDED;
            jobs.progress(connection, id, tally.read, tally.voided ? 0 : tally.read - rejected, rejected,
                    written ? tally.inserted : 0, written ? tally.updated : 0, written ? tally.unchanged : 0);
            jobs.finish(connection, id, state, failure);
            connection.commit();
        } catch (SQLException e) {
            LOG.errorf(e, "ledger import %s could not record its end", id);
        }
    }

    public ImportJob get(UUID id) {
        return jobs.get(id);
    }

    public ImportJob cancel(UUID id) {
        return jobs.cancel(id);
    }

    public Page<RowError> errors(UUID id, String cursor, int limit) {
        return jobs.errors(id, cursor, limit);
    }

    /** Writes the job's rejected rows in its format, with a reason column. */
    public void writeRejected(ImportJob job, OutputStream out) throws IOException {
        try (RejectedRows rows = RejectedRows.of(job, out, mapper)) {
            jobs.rejected(job.id(), rows::write);
        }
    }
}
