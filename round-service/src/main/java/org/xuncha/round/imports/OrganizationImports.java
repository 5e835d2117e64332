package org.xuncha.round.imports;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.eclipse.microprofile.context.ThreadContext;
import org.jboss.logging.Logger;
import org.xuncha.platform.id.Ids;
import org.xuncha.platform.imports.Charsets;
import org.xuncha.platform.imports.ImportJob;
import org.xuncha.platform.imports.ImportJobStore;
import org.xuncha.platform.imports.ImportState;
import org.xuncha.platform.imports.MalformedFile;
import org.xuncha.platform.imports.RejectedRows;
import org.xuncha.platform.imports.RowError;
import org.xuncha.platform.imports.RowSource;
import org.xuncha.platform.imports.SourceRow;
import org.xuncha.platform.imports.Uploads;
import org.xuncha.platform.paging.Page;
import org.xuncha.platform.problem.InvalidInput;

/**
 * Imports of organizations: the upload is spooled to a file as it arrives, then read a row at a time
 * on the importer (a managed executor, one job at a time), staged in committed batches and resolved
 * set-based in one transaction (OrganizationTree), so memory does not grow with the file and a job
 * leaves either all its valid rows or nothing, and says which.
 */
@ApplicationScoped
public class OrganizationImports {

    /** The largest upload accepted, in bytes (also quarkus.http.limits.max-body-size). */
    public static final long MAX_UPLOAD_BYTES = 256L * 1024 * 1024;
    private static final int BATCH = 2000;
    private static final Logger LOG = Logger.getLogger(OrganizationImports.class);

    private final DataSource dataSource;
    private final Clock clock;
    private final ObjectMapper mapper;
    private final ImportJobStore jobs;
    private final ManagedExecutor importer = ManagedExecutor.builder().maxAsync(1).maxQueued(-1)
            .propagated(ThreadContext.NONE).cleared(ThreadContext.ALL_REMAINING).build();
    private volatile boolean stopping;

    public OrganizationImports(DataSource dataSource, Clock clock, ObjectMapper mapper) {
        this.dataSource = dataSource;
        this.clock = clock;
        this.mapper = mapper;
        this.jobs = new ImportJobStore(dataSource);
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

    void onStop(@Observes ShutdownEvent stopped) {
        stopping = true;
        importer.shutdown();
        try {
            importer.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Spools the upload, checks its character set and header (a workbook's sheet too), and queues the
     * job. {@code format} is csv, ndjson or xlsx; {@code charsetName} absent means detected (a
     * workbook's XML is UTF-8); {@code sheet} the workbook's sheet, absent for the default one.
     */
    public ImportJob start(InputStream body, String format, String charsetName, String sheet, boolean dryRun,
            boolean allOrNothing, String createdBy) {
        Charset declared = Uploads.declared(charsetName).orElse(null);
        Path file = null;
        try {
            file = Uploads.spool(body, format, MAX_UPLOAD_BYTES);
            Charset charset = "xlsx".equals(format) ? StandardCharsets.UTF_8
                    : declared != null ? declared : Charsets.detect(file);
            List<String> header = List.of();
            if (Uploads.hasHeader(format)) {
                try (RowSource rows = open(file, format, charset, sheet)) {
                    header = rows.header();
                } catch (MalformedFile malformed) {
                    throw InvalidInput.of(malformed.field(), malformed.getMessage());
                }
            }
            UUID id = Ids.next();
            jobs.create(id, "organizations", format, charset.name(), dryRun, allOrNothing, header, createdBy,
                    OffsetDateTime.now(clock));
            Path spooled = file;
            file = null;
            List<String> fileHeader = header;
            importer.execute(() -> run(id, spooled, format, charset, sheet, dryRun, allOrNothing, fileHeader));
            return jobs.get(id);
        } catch (IOException e) {
            throw InvalidInput.of("body", "could not be read to its end: " + e.getMessage());
        } finally {
            Uploads.delete(file);
        }
    }

    private RowSource open(Path file, String format, Charset charset, String sheet) throws IOException {
        if ("xlsx".equals(format)) {
            return RowSource.xlsx(file, sheet, OrganizationColumns.COLUMNS);
        }
        var reader = Uploads.open(file, charset);
        return "csv".equals(format) ? RowSource.csv(reader, OrganizationColumns.COLUMNS)
                : RowSource.ndjson(reader, mapper, OrganizationColumns.COLUMNS);
    }

    /** Why a job stopped before it wrote: cancelled, or the service stopping. */
    private static final class Stopped extends RuntimeException {
        final ImportState state;

        Stopped(ImportState state, String message) {
            super(message);
            this.state = state;
        }
    }

    private void run(UUID id, Path file, String format, Charset charset, String sheet, boolean dryRun,
            boolean allOrNothing, List<String> header) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                if (!jobs.begin(connection, id)) {
                    connection.commit();
                    return;
                }
                connection.commit();
                long[] counts = stage(connection, id, file, format, charset, sheet);
                checkStop(id, counts[0]);
                String fields = OrganizationFields.sql(format, header);
                OrganizationTree.Outcome outcome = new OrganizationTree(connection, id, fields).resolve(!dryRun);
                long rejected = count(connection, "select count(*) from import_row_error where job_id = ?", id);
                if (allOrNothing && rejected > 0 && !dryRun) {
                    connection.rollback();
                    new OrganizationTree(connection, id, fields).resolve(false);
                    jobs.progress(connection, id, counts[0], counts[0] - rejected, rejected, 0, 0, 0);
                    jobs.finish(connection, id, ImportState.FAILED, rejected + " rows were rejected and allOrNothing "
                            + "was asked: nothing was written; the errors list them");
                } else {
                    jobs.progress(connection, id, counts[0], counts[0] - rejected, rejected, outcome.inserted(),
                            outcome.updated(), outcome.unchanged());
                    jobs.finish(connection, id, ImportState.SUCCEEDED, null);
                }
                connection.commit();
            } catch (IOException | SQLException | RuntimeException e) {
                connection.rollback();
                ImportState state = e instanceof Stopped stopped ? stopped.state : ImportState.FAILED;
                if (!(e instanceof MalformedFile) && !(e instanceof Stopped)) {
                    LOG.errorf(e, "import %s failed", id);
                }
                String failure = e instanceof MalformedFile || e instanceof Stopped ? e.getMessage()
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
            Uploads.delete(file);
        }
    }

    private void checkStop(UUID id, long read) {
        if (stopping) {
            throw new Stopped(ImportState.INTERRUPTED, "the service stopped during the import after " + read
                    + " rows read; nothing was written; import the same file again");
        }
        if (jobs.cancelRequested(id)) {
            throw new Stopped(ImportState.CANCELLED, "cancelled after " + read + " rows read; nothing was written");
        }
    }

    /** Reads the file a row at a time into the staging table, a batch at a time: rows read, rejected. */
    private long[] stage(Connection connection, UUID id, Path file, String format, Charset charset, String sheet)
            throws IOException, SQLException {
        long read = 0;
        long rejected = 0;
        try (RowSource rows = open(file, format, charset, sheet);
                PreparedStatement insert = connection.prepareStatement("""
                        insert into import_organization_row (job_id, row_number, office_code, name, type, parent_code,
                               parent_credit_code, credit_code, discipline_body, city_directed, principal_leader_name,
                               principal_leader_post, leader_in_charge_name, leader_in_charge_post, new_id,
                               error_column, error, raw)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            SourceRow source;
            int batched = 0;
            while ((source = rows.next()) != null) {
                read++;
                Object checked = OrganizationRow.check(source);
                insert.setObject(1, id);
                insert.setLong(2, source.line());
                if (checked instanceof OrganizationRow row) {
                    insert.setString(3, row.officeCode());
                    insert.setString(4, row.name());
                    insert.setString(5, row.type().name());
                    insert.setString(6, row.parentCode());
                    insert.setString(7, row.parentCreditCode());
                    insert.setString(8, row.creditCode());
                    insert.setString(9, row.disciplineBody());
                    insert.setBoolean(10, row.cityDirected());
                    insert.setString(11, row.principalLeaderName());
                    insert.setString(12, row.principalLeaderPost());
                    insert.setString(13, row.leaderInChargeName());
                    insert.setString(14, row.leaderInChargePost());
                    insert.setObject(15, Ids.next());
                    insert.setNull(16, Types.VARCHAR);
                    insert.setNull(17, Types.VARCHAR);
                    insert.setNull(18, Types.ARRAY);
                } else {
                    rejected++;
                    OrganizationRow.Rejection rejection = (OrganizationRow.Rejection) checked;
                    for (int i = 3; i <= 14; i++) {
                        insert.setNull(i, i == 10 ? Types.BOOLEAN : Types.VARCHAR);
                    }
                    insert.setNull(15, Types.OTHER);
                    insert.setString(16, rejection.column());
                    insert.setString(17, rejection.reason());
                    insert.setArray(18, connection.createArrayOf("text", source.fields().toArray()));
                }
                insert.addBatch();
                if (++batched == BATCH) {
                    insert.executeBatch();
                    batched = 0;
                    jobs.progress(connection, id, read, read - rejected, rejected, 0, 0, 0);
                    connection.commit();
                    checkStop(id, read);
                }
            }
            if (batched > 0) {
                insert.executeBatch();
            }
            jobs.progress(connection, id, read, read - rejected, rejected, 0, 0, 0);
            connection.commit();
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
        try (RejectedRows rows = switch (job.format()) {
            case "csv" -> RejectedRows.csv(out, job.header());
            case "xlsx" -> RejectedRows.xlsx(out, job.kind(), job.header());
            default -> RejectedRows.ndjson(out, mapper);
        }) {
            jobs.rejected(job.id(), rows::write);
        }
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
