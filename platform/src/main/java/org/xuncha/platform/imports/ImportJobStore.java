package org.xuncha.platform.imports;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.xuncha.platform.paging.Cursor;
import org.xuncha.platform.paging.Page;
import org.xuncha.platform.problem.IllegalTransition;
import org.xuncha.platform.problem.InvalidInput;
import org.xuncha.platform.problem.NotFound;

/**
 * The import jobs of a service, in its tables {@code import_job} and {@code import_row_error}
 * (round-service's V30 and V31 say what they hold): created, begun, their counters as batches
 * commit, their end, cancellation, and what a stopped service left. Plain JDBC, so an import
 * commits its batches on its own connection.
 */
public final class ImportJobStore {

    /** Inserts a row error; parameters: job, row, column, reason, fields (text[]). */
    public static final String INSERT_ERROR = """
            insert into import_row_error (job_id, row_number, column_name, reason, fields) values (?, ?, ?, ?, ?)""";

    private final DataSource dataSource;
    private final Set<UUID> cancelling = ConcurrentHashMap.newKeySet();

    public ImportJobStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public void create(UUID id, String kind, String format, String charset, boolean dryRun, boolean allOrNothing,
            List<String> header, String createdBy, OffsetDateTime now) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement("""
                        insert into import_job (id, kind, format, charset, dry_run, all_or_nothing, header, state,
                               created_by, created_at)
                        values (?, ?, ?, ?, ?, ?, ?, 'QUEUED', ?, ?)""")) {
            insert.setObject(1, id);
            insert.setString(2, kind);
            insert.setString(3, format);
            insert.setString(4, charset);
            insert.setBoolean(5, dryRun);
            insert.setBoolean(6, allOrNothing);
            insert.setArray(7, header == null || header.isEmpty() ? null
                    : connection.createArrayOf("text", header.toArray()));
            insert.setString(8, createdBy);
            insert.setObject(9, now);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** QUEUED to RUNNING; false when the job was cancelled before it began. */
    public boolean begin(Connection connection, UUID id) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "update import_job set state = 'RUNNING', started_at = now() where id = ? and state = 'QUEUED'")) {
            update.setObject(1, id);
            return update.executeUpdate() == 1;
        }
    }

    /** The counters as they stand, in the caller's transaction. */
    public void progress(Connection connection, UUID id, long read, long accepted, long rejected, long inserted,
            long updated, long unchanged) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("""
                update import_job set rows_read = ?, rows_accepted = ?, rows_rejected = ?, rows_inserted = ?,
                       rows_updated = ?, rows_unchanged = ? where id = ?""")) {
            update.setLong(1, read);
            update.setLong(2, accepted);
            update.setLong(3, rejected);
            update.setLong(4, inserted);
            update.setLong(5, updated);
            update.setLong(6, unchanged);
            update.setObject(7, id);
            update.executeUpdate();
        }
    }

    /** The job's end: its state and, unless it succeeded, what was and was not written. */
    public void finish(Connection connection, UUID id, ImportState state, String failure) throws SQLException {
        cancelling.remove(id);
        try (PreparedStatement update = connection.prepareStatement(
                "update import_job set state = ?, failure = ?, finished_at = clock_timestamp() where id = ?")) {
            update.setString(1, state.name());
            update.setString(2, failure);
            update.setObject(3, id);
            update.executeUpdate();
        }
    }

    /**
     * Asks a job to stop: a queued one is cancelled at once, a running one at its next batch; a job
     * that ended cannot be (409 naming its state).
     */
    public ImportJob cancel(UUID id) {
        ImportJob job = get(id);
        if (!job.open()) {
            throw new IllegalTransition("Import", id, job.state(), "be cancelled");
        }
        cancelling.add(id);
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement("""
                        update import_job set state = 'CANCELLED', finished_at = now(),
                               failure = 'cancelled before it began; nothing was written'
                         where id = ? and state = 'QUEUED'""")) {
            update.setObject(1, id);
            update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return get(id);
    }

    /** Whether someone asked the job to stop. */
    public boolean cancelRequested(UUID id) {
        return cancelling.contains(id);
    }

    /**
     * Jobs a stopped service left running are INTERRUPTED: their committed batches stay, and the
     * failure says so (or that nothing was written). Run at start.
     */
    public int interruptLeftovers() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement("""
                        update import_job set state = 'INTERRUPTED', finished_at = now(),
                               failure = case when rows_inserted + rows_updated + rows_unchanged = 0
                                   then 'the service stopped during the import after ' || rows_read
                                        || ' rows read; nothing was written; import the same file again'
                                   else 'the service stopped during the import after ' || rows_read
                                        || ' rows read; the batches committed before stay (' || rows_inserted
                                        || ' inserted, ' || rows_updated || ' updated), nothing after; import the same '
                                        || 'file again to complete it: rows upsert by their key' end
                         where state in ('QUEUED', 'RUNNING')""")) {
            return update.executeUpdate();
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
                Array header = row.getArray("header");
                return Optional.of(new ImportJob(row.getObject("id", UUID.class), row.getString("kind"),
                        row.getString("format"), row.getString("charset"), row.getBoolean("dry_run"),
                        ImportState.valueOf(row.getString("state")), row.getLong("rows_read"), row.getLong("rows_accepted"),
                        row.getLong("rows_rejected"), row.getLong("rows_inserted"), row.getLong("rows_updated"),
                        row.getLong("rows_unchanged"), row.getString("failure"),
                        row.getObject("created_at", OffsetDateTime.class), row.getObject("started_at", OffsetDateTime.class),
                        row.getObject("finished_at", OffsetDateTime.class), row.getBoolean("all_or_nothing"),
                        header == null ? List.of() : Arrays.asList((String[]) header.getArray())));
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

    /** A rejected row's fields as the file had them, and why it was rejected. */
    public interface RejectedRow {
        void accept(List<String> fields, String reason) throws java.io.IOException;
    }

    /** Streams the job's rejected rows, in the order of the file, a thousand at a time. */
    public void rejected(UUID id, RejectedRow each) throws java.io.IOException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement select = connection.prepareStatement("""
                    select fields, reason, column_name from import_row_error where job_id = ? order by id""")) {
                select.setFetchSize(1000);
                select.setObject(1, id);
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        Array fields = row.getArray(1);
                        String column = row.getString(3);
                        each.accept(fields == null ? List.of() : Arrays.asList((String[]) fields.getArray()),
                                column == null ? row.getString(2) : column + ": " + row.getString(2));
                    }
                }
            } finally {
                connection.rollback();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Binds a row error to {@link #INSERT_ERROR} and adds it to the batch. */
    public static void addError(PreparedStatement insert, UUID job, long row, String column, String reason,
            List<String> fields) throws SQLException {
        insert.setObject(1, job);
        insert.setLong(2, row);
        insert.setString(3, column);
        insert.setString(4, reason);
        if (fields == null || fields.isEmpty()) {
            insert.setNull(5, Types.ARRAY);
        } else {
            insert.setArray(5, insert.getConnection().createArrayOf("text", fields.toArray()));
        }
        insert.addBatch();
    }
}
