package org.xuncha.round.imports;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.sql.DataSource;
import org.jboss.logging.Logger;
import org.xuncha.platform.id.Ids;
import org.xuncha.platform.imports.Charsets;
import org.xuncha.platform.imports.ImportJob;
import org.xuncha.platform.imports.ImportState;
import org.xuncha.platform.imports.MalformedFile;
import org.xuncha.platform.imports.RowError;
import org.xuncha.platform.imports.RowSource;
import org.xuncha.platform.imports.SourceRow;
import org.xuncha.platform.imports.Uploads;
import org.xuncha.platform.paging.Cursor;
import org.xuncha.platform.paging.Page;
import org.xuncha.platform.problem.InvalidInput;
import org.xuncha.platform.problem.NotFound;

/**
 * Imports of organizations: the upload is spooled to a file, then read a row at a time on the
 * importer's thread, staged in batches and resolved set-based in one transaction (OrganizationTree),
 * so memory does not grow with the file and a job leaves either all its valid rows or nothing.
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
    private final ExecutorService importer = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "organization-import");
        thread.setDaemon(true);
        return thread;
    });

    public OrganizationImports(DataSource dataSource, Clock clock, ObjectMapper mapper) {
        this.dataSource = dataSource;
        this.clock = clock;
        this.mapper = mapper;
    }

    /** Jobs a stopped service left behind wrote nothing: they say so and can be run again. */
    void onStart(@Observes StartupEvent started) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement failed = connection.prepareStatement("""
                        update import_job set state = 'FAILED', finished_at = now(),
                               failure = 'the service stopped during the import; nothing was written, upload the file again'
                         where state in ('QUEUED', 'RUNNING')""");
                PreparedStatement staged = connection.prepareStatement("truncate import_organization_row")) {
            failed.executeUpdate();
            staged.executeUpdate();
        } catch (SQLException e) {
            LOG.warn("could not close the import jobs a previous run left", e);
        }
    }

    void onStop(@Observes ShutdownEvent stopped) {
        importer.shutdownNow();
    }

    /**
     * Spools the upload, checks its character set and header, and queues the job. {@code format} is
     * csv or ndjson; {@code charsetName} absent means detected.
     */
    public ImportJob start(InputStream body, String format, String charsetName, boolean dryRun, String createdBy) {
        Charset declared = Uploads.declared(charsetName).orElse(null);
        Path file = null;
        try {
            file = Uploads.spool(body, format, MAX_UPLOAD_BYTES);
            Charset charset = declared != null ? declared : Charsets.detect(file);
            if ("csv".equals(format)) {
                try (RowSource header = open(file, format, charset)) {
                    // the header is checked on opening
                } catch (MalformedFile malformed) {
                    throw InvalidInput.of("body", malformed.getMessage());
                }
            }
            UUID id = Ids.next();
            insertJob(id, format, charset.name(), dryRun, createdBy);
            Path spooled = file;
            file = null;
            importer.submit(() -> run(id, spooled, format, charset, dryRun));
            return get(id);
        } catch (IOException e) {
            throw InvalidInput.of("body", "could not be read to its end: " + e.getMessage());
        } finally {
            Uploads.delete(file);
        }
    }

    private RowSource open(Path file, String format, Charset charset) throws IOException {
        Reader reader = Uploads.open(file, charset);
        return "csv".equals(format) ? RowSource.csv(reader, OrganizationColumns.COLUMNS)
                : RowSource.ndjson(reader, mapper, OrganizationColumns.COLUMNS);
    }

    private void run(UUID id, Path file, String format, Charset charset, boolean dryRun) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                execute(connection, "update import_job set state = 'RUNNING', started_at = now() where id = ?", id);
                connection.commit();
                long read = stage(connection, id, file, format, charset);
                OrganizationTree.Outcome outcome = new OrganizationTree(connection, id).resolve(!dryRun);
                try (PreparedStatement done = connection.prepareStatement("""
                        update import_job set state = 'SUCCEEDED', finished_at = now(), rows_read = ?,
                               rows_rejected = (select count(*) from import_row_error where job_id = ?),
                               rows_inserted = ?, rows_updated = ?, rows_unchanged = ? where id = ?""")) {
                    done.setLong(1, read);
                    done.setObject(2, id);
                    done.setLong(3, outcome.inserted());
                    done.setLong(4, outcome.updated());
                    done.setLong(5, outcome.unchanged());
                    done.setObject(6, id);
                    done.executeUpdate();
                }
                execute(connection, "update import_job set rows_accepted = rows_read - rows_rejected where id = ?", id);
                connection.commit();
            } catch (IOException | SQLException | RuntimeException e) {
                connection.rollback();
                if (!(e instanceof MalformedFile)) {
                    LOG.errorf(e, "import %s failed", id);
                }
                String failure = e instanceof MalformedFile ? e.getMessage()
                        : "the import failed and wrote nothing: " + e.getMessage();
                execute(connection, "delete from import_organization_row where job_id = ?", id);
                try (PreparedStatement failed = connection.prepareStatement("""
                        update import_job set state = 'FAILED', finished_at = now(), failure = ?,
                               rows_accepted = 0, rows_inserted = 0, rows_updated = 0, rows_unchanged = 0 where id = ?""")) {
                    failed.setString(1, failure);
                    failed.setObject(2, id);
                    failed.executeUpdate();
                }
                execute(connection, "delete from import_row_error where job_id = ?", id);
                connection.commit();
            }
        } catch (SQLException e) {
            LOG.errorf(e, "import %s could not record its end", id);
        } finally {
            Uploads.delete(file);
        }
    }

    /** Reads the file a row at a time into the staging table, a batch at a time; the rows read. */
    private long stage(Connection connection, UUID id, Path file, String format, Charset charset)
            throws IOException, SQLException {
        long read = 0;
        try (RowSource rows = open(file, format, charset);
                PreparedStatement insert = connection.prepareStatement("""
                        insert into import_organization_row (job_id, row_number, office_code, name, type, parent_code,
                               parent_credit_code, credit_code, discipline_body, city_directed, principal_leader_name,
                               principal_leader_post, leader_in_charge_name, leader_in_charge_post, new_id,
                               error_column, error)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""");
                PreparedStatement progress = connection.prepareStatement("update import_job set rows_read = ? where id = ?")) {
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
                } else {
                    OrganizationRow.Rejection rejection = (OrganizationRow.Rejection) checked;
                    for (int i = 3; i <= 14; i++) {
                        insert.setNull(i, i == 10 ? Types.BOOLEAN : Types.VARCHAR);
                    }
                    insert.setNull(15, Types.OTHER);
                    insert.setString(16, rejection.column());
                    insert.setString(17, rejection.reason());
                }
                insert.addBatch();
                if (++batched == BATCH) {
                    insert.executeBatch();
                    batched = 0;
                    progress.setLong(1, read);
                    progress.setObject(2, id);
                    progress.executeUpdate();
                    connection.commit();
                }
            }
            if (batched > 0) {
                insert.executeBatch();
            }
            progress.setLong(1, read);
            progress.setObject(2, id);
            progress.executeUpdate();
            connection.commit();
        }
        return read;
    }

    private void insertJob(UUID id, String format, String charset, boolean dryRun, String createdBy) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement("""
                        insert into import_job (id, kind, format, charset, dry_run, state, created_by, created_at)
                        values (?, 'organizations', ?, ?, ?, 'QUEUED', ?, ?)""")) {
            insert.setObject(1, id);
            insert.setString(2, format);
            insert.setString(3, charset);
            insert.setBoolean(4, dryRun);
            insert.setString(5, createdBy);
            insert.setObject(6, OffsetDateTime.now(clock));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public Optional<ImportJob> find(UUID id) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("select * from import_job where id = ?")) {
            select.setObject(1, id);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                return Optional.of(new ImportJob(row.getObject("id", UUID.class), row.getString("kind"),
                        row.getString("format"), row.getString("charset"), row.getBoolean("dry_run"),
                        ImportState.valueOf(row.getString("state")), row.getLong("rows_read"), row.getLong("rows_accepted"),
                        row.getLong("rows_rejected"), row.getLong("rows_inserted"), row.getLong("rows_updated"),
                        row.getLong("rows_unchanged"), row.getString("failure"),
                        row.getObject("created_at", OffsetDateTime.class), row.getObject("started_at", OffsetDateTime.class),
                        row.getObject("finished_at", OffsetDateTime.class)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public ImportJob get(UUID id) {
        return find(id).orElseThrow(() -> new NotFound("Import", id));
    }

    /** A page of the job's row errors, in the order of the file. */
    public Page<RowError> errors(UUID id, String cursor, int limit) {
        get(id);
        long after = 0;
        if (cursor != null) {
            try {
                after = Long.parseLong(Cursor.decode(cursor, 1).key(0));
            } catch (NumberFormatException e) {
                throw InvalidInput.of("cursor", "is not a cursor of this list");
            }
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("""
                        select id, row_number, column_name, reason from import_row_error
                         where job_id = ? and id > ? order by id limit ?""")) {
            select.setObject(1, id);
            select.setLong(2, after);
            select.setInt(3, limit + 1);
            List<RowError> rows = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    rows.add(new RowError(row.getLong(1), row.getLong(2), row.getString(3), row.getString(4)));
                }
            }
            return Page.of(rows, limit, error -> Cursor.of(error.id()));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void execute(Connection connection, String sql, UUID id) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, id);
            statement.executeUpdate();
        }
    }
}
