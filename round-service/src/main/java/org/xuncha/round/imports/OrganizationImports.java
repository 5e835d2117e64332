package org.xuncha.round.imports;

import org.xuncha.platform.imports.Upload;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.jboss.logging.Logger;
import org.xuncha.platform.id.Ids;
import org.xuncha.platform.imports.ImportJob;
import org.xuncha.platform.imports.ImportJobStore;
import org.xuncha.platform.imports.ImportState;
import org.xuncha.platform.imports.MalformedFile;
import org.xuncha.platform.imports.RejectedRows;
import org.xuncha.platform.imports.RowError;
import org.xuncha.platform.imports.RowSource;
import org.xuncha.platform.imports.SourceRow;
import org.xuncha.platform.paging.Page;

/**
 * Imports of organizations: the upload is spooled to a file as it arrives, then read a row at a time
 * on the service's one Importer (one job at a time), staged in committed batches and resolved
 * set-based in one transaction (OrganizationTree), so memory does not grow with the file and a job
 * leaves either all its valid rows or nothing, and says which.
 */
@ApplicationScoped
public class OrganizationImports {

    /** The largest upload accepted, in bytes (also quarkus.http.limits.max-body-size). */
    public static final long MAX_UPLOAD_BYTES = Upload.MAX_BYTES;
    /** Rows staged between two commits of the job's counters (and checks for cancellation). */
    private static final int CHUNK = 20_000;
    private static final Logger LOG = Logger.getLogger(OrganizationImports.class);

    private final DataSource dataSource;
    private final Clock clock;
    private final ObjectMapper mapper;
    private final ImportJobStore jobs;
    private final Importer importer;

    public OrganizationImports(DataSource dataSource, Clock clock, ObjectMapper mapper, ImportJobStore jobs,
            Importer importer) {
        this.importer = importer;
        this.dataSource = dataSource;
        this.clock = clock;
        this.mapper = mapper;
        this.jobs = jobs;
    }

    void onStart(@Observes StartupEvent started) {
        recoverAfterRestart();
    }

    /** Jobs a stopped service left behind are INTERRUPTED and say what they wrote; staged rows go. */
    public void recoverAfterRestart() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement staged = connection.prepareStatement("truncate import_organization_row")) {
            jobs.interruptLeftovers();
            staged.executeUpdate();
        } catch (SQLException e) {
            LOG.warn("could not close the import jobs a previous run left", e);
        }
    }

    /**
     * Spools the upload, checks its character set and header, and queues the job. {@code format} is
     * csv or ndjson; {@code charsetName} absent means detected.
     */
    public ImportJob start(InputStream body, String format, String charsetName, String sheet, boolean dryRun,
            boolean allOrNothing, String createdBy) {
        Upload upload = Upload.receive(body, format, charsetName, sheet, OrganizationColumns.COLUMNS, mapper);
        try {
            UUID id = Ids.next();
            jobs.create(id, "organizations", format, upload.charset().name(), dryRun, allOrNothing, upload.header(),
                    createdBy, OffsetDateTime.now(clock));
            importer.execute(() -> run(id, upload, dryRun, allOrNothing));
            return jobs.get(id);
        } catch (RuntimeException e) {
            upload.delete();
            throw e;
        }
    }

    private void run(UUID id, Upload upload, boolean dryRun, boolean allOrNothing) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                if (!jobs.begin(connection, id)) {
                    connection.commit();
                    return;
                }
                connection.commit();
                long[] counts = stage(connection, id, upload);
                checkStop(id, counts[0]);
                String fields = OrganizationFields.sql(upload.format(), upload.header());
                OrganizationTree.Outcome outcome = new OrganizationTree(connection, id, fields).resolve(!dryRun);
                long rejected = count(connection, "select count(*) from import_row_error where job_id = ?", id);
                if (allOrNothing && rejected > 0 && !dryRun) {
                    connection.rollback();
                    new OrganizationTree(connection, id, fields).resolve(false);
                    jobs.progress(connection, id, counts[0], counts[0] - rejected, rejected, 0, 0, 0);
                    jobs.finish(connection, id, ImportState.FAILED, rejected + " rows were rejected and allOrNothing "
                            + "was asked: nothing was written; the errors list them");
                } else {
                    auditNow(connection, id);
                    jobs.progress(connection, id, counts[0], counts[0] - rejected, rejected, outcome.inserted(),
                            outcome.updated(), outcome.unchanged());
                    jobs.finish(connection, id, ImportState.SUCCEEDED, null);
                }
                connection.commit();
            } catch (IOException | SQLException | RuntimeException e) {
                connection.rollback();
                ImportState state = e instanceof ImportStopped stopped ? stopped.state : ImportState.FAILED;
                if (!(e instanceof MalformedFile) && !(e instanceof ImportStopped)) {
                    LOG.errorf(e, "import %s failed", id);
                }
                String failure = e instanceof MalformedFile || e instanceof ImportStopped ? e.getMessage()
                        : "the import failed and wrote nothing: " + e.getMessage();
                execute(connection, "delete from import_organization_row where job_id = ?", id);
                execute(connection, "delete from import_row_error where job_id = ?", id);
                execute(connection, """
                        update import_job set rows_accepted = 0, rows_rejected = 0, rows_inserted = 0, rows_updated = 0,
                               rows_unchanged = 0 where id = ?""", id);
                jobs.finish(connection, id, state, failure);
                connection.commit();
            }
        } catch (SQLException e) {
            LOG.errorf(e, "import %s could not record its end", id);
        } finally {
            upload.delete();
        }
    }

    private void checkStop(UUID id, long read) {
        ImportStopped.check(jobs, id, read, importer.stopping());
    }

    /**
     * Reads the file a row at a time into the staging table with COPY, committed a chunk at a time
     * with the job's counters: rows read, rejected.
     */
    private long[] stage(Connection connection, UUID id, Upload upload) throws IOException, SQLException {
        long started = System.nanoTime();
        long read = 0;
        long rejected = 0;
        OrganizationStaging staging = new OrganizationStaging(connection, id);
        try (RowSource rows = upload.open(OrganizationColumns.COLUMNS, mapper)) {
            SourceRow source;
            while ((source = rows.next()) != null) {
                read++;
                Object checked = OrganizationRow.check(source);
                if (!(checked instanceof OrganizationRow)) {
                    rejected++;
                }
                staging.add(source, checked);
                if (read % CHUNK == 0) {
                    staging.end();
                    jobs.progress(connection, id, read, read - rejected, rejected, 0, 0, 0);
                    connection.commit();
                    checkStop(id, read);
                }
            }
            staging.end();
            jobs.progress(connection, id, read, read - rejected, rejected, 0, 0, 0);
            connection.commit();
            LOG.debugf("import %s: %d ms, %d rows: staged (read, checked, copied)", id,
                    (System.nanoTime() - started) / 1_000_000, read);
        } catch (IOException | SQLException | RuntimeException e) {
            staging.cancel();
            throw e;
        }
        return new long[] {read, rejected};
    }

    public Optional<ImportJob> find(UUID id) {
        return jobs.find(id);
    }

    public ImportJob get(UUID id) {
        return jobs.get(id);
    }

    /** Stops a queued or running job; what it wrote, nothing, is in its failure text. */
    public ImportJob cancel(UUID id) {
        return jobs.cancel(id);
    }

    /** A page of the job's row errors, in the order of the file. */
    public Page<RowError> errors(UUID id, String cursor, int limit) {
        return jobs.errors(id, cursor, limit);
    }

    /** Writes the job's rejected rows in its format, with a reason column. */
    public void writeRejected(ImportJob job, OutputStream out) throws IOException {
        try (RejectedRows rows = RejectedRows.of(job, out, mapper)) {
            jobs.rejected(job.id(), rows::write);
        }
    }

    /**
     * Runs the audit trail's deferred triggers (an entry per organization written) before the job
     * records its end, so its finishedAt and rows/s count them; the commit then only commits.
     */
    private static void auditNow(Connection connection, UUID id) throws SQLException {
        long started = System.nanoTime();
        try (var statement = connection.createStatement()) {
            statement.execute("set constraints all immediate");
        }
        LOG.debugf("import %s: %d ms, 0 rows: set constraints all immediate (the audit trail's entries)", id,
                (System.nanoTime() - started) / 1_000_000);
    }

    private static long count(Connection connection, String sql, UUID id) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, id);
            try (var result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    private static void execute(Connection connection, String sql, UUID id) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, id);
            statement.executeUpdate();
        }
    }
}
