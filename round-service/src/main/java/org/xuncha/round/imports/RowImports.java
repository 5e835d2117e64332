package org.xuncha.round.imports;

import org.xuncha.platform.imports.Upload;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.jboss.logging.Logger;
import org.xuncha.platform.id.Ids;
import org.xuncha.platform.imports.ImportJob;
import org.xuncha.platform.imports.ImportJobStore;
import org.xuncha.platform.imports.ImportState;
import org.xuncha.platform.imports.MalformedFile;
import org.xuncha.platform.imports.RowSource;
import org.xuncha.platform.imports.SourceRow;
import org.xuncha.platform.problem.InvalidInput;

/**
 * Runs the imports of the kinds written a row at a time ({@link RowKind}): the upload is spooled,
 * then read once on the importer (one job at a time); each row is checked and upserted by its key
 * in one transaction, which commits at the end, or rolls back for a dry run, for allOrNothing with
 * a rejected row, on cancellation, on a restart or on a file that cannot be read to its end. The
 * rejected rows are recorded beside it, a batch at a time, with the job's counters.
 */
@ApplicationScoped
public class RowImports {

    private static final int BATCH = 2000;
    private static final Logger LOG = Logger.getLogger(RowImports.class);

    private final DataSource dataSource;
    private final Clock clock;
    private final ObjectMapper mapper;
    private final ImportJobStore jobs;
    private final Importer importer;

    public RowImports(DataSource dataSource, Clock clock, ObjectMapper mapper, ImportJobStore jobs,
            Importer importer) {
        this.importer = importer;
        this.dataSource = dataSource;
        this.clock = clock;
        this.mapper = mapper;
        this.jobs = jobs;
    }

    /** Spools the upload, checks its character set and header, and queues the job. */
    public ImportJob start(RowKind kind, InputStream body, String format, String charsetName, String sheet, UUID termId,
            boolean dryRun, boolean allOrNothing, String createdBy) {
        if (kind.ofTerm()) {
            requireTerm(termId);
        }
        Upload upload = Upload.receive(body, format, charsetName, sheet, kind.columns(), mapper);
        try {
            UUID id = Ids.next();
            jobs.create(id, kind.columns().kind(), format, upload.charset().name(), dryRun, allOrNothing,
                    upload.header(), createdBy, OffsetDateTime.now(clock));
            importer.execute(() -> run(kind, id, upload, termId, dryRun, allOrNothing));
            return jobs.get(id);
        } catch (RuntimeException e) {
            upload.delete();
            throw e;
        }
    }

    private void requireTerm(UUID termId) {
        if (termId == null) {
            throw InvalidInput.of("termId", "must name the term");
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("select 1 from term where id = ?")) {
            select.setObject(1, termId);
            try (var row = select.executeQuery()) {
                if (!row.next()) {
                    throw InvalidInput.of("termId", "names no term");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The counters of a job as it runs. */
    private static final class Tally {
        long read;
        long rejected;
        final Map<Outcome, Long> outcomes = new EnumMap<>(Outcome.class);

        long of(Outcome outcome) {
            return outcomes.getOrDefault(outcome, 0L);
        }
    }

    private void run(RowKind kind, UUID id, Upload upload, UUID termId, boolean dryRun, boolean allOrNothing) {
        try (Connection side = dataSource.getConnection(); Connection data = dataSource.getConnection()) {
            side.setAutoCommit(true);
            data.setAutoCommit(false);
            if (!jobs.begin(side, id)) {
                return;
            }
            Tally tally = new Tally();
            try (Sql sql = new Sql(data); PreparedStatement errors = side.prepareStatement(ImportJobStore.INSERT_ERROR)) {
                sql.update("create temporary table import_file_key (key text primary key, line bigint not null) on commit drop");
                RowKind.Writer writer = kind.writer(sql, new ImportContext(id, clock, termId, sql));
                write(kind, id, upload, writer, errors, side, tally);
                writer.finish();
                errors.executeBatch();
                boolean refused = allOrNothing && tally.rejected > 0;
                if (dryRun || refused) {
                    data.rollback();
                } else {
                    data.commit();
                }
                if (refused && !dryRun) {
                    jobs.progress(side, id, tally.read, tally.read - tally.rejected, tally.rejected, 0, 0, 0);
                    jobs.finish(side, id, ImportState.FAILED, tally.rejected + " rows were rejected and allOrNothing "
                            + "was asked: nothing was written; the errors list them");
                } else {
                    jobs.progress(side, id, tally.read, tally.read - tally.rejected, tally.rejected,
                            tally.of(Outcome.INSERTED), tally.of(Outcome.UPDATED), tally.of(Outcome.UNCHANGED));
                    jobs.finish(side, id, ImportState.SUCCEEDED, null);
                }
            } catch (IOException | SQLException | RuntimeException e) {
                data.rollback();
                ImportState state = e instanceof ImportStopped stopped ? stopped.state : ImportState.FAILED;
                boolean expected = e instanceof MalformedFile || e instanceof ImportStopped;
                if (!expected) {
                    LOG.errorf(e, "import %s failed", id);
                }
                try (PreparedStatement delete = side.prepareStatement("delete from import_row_error where job_id = ?")) {
                    delete.setObject(1, id);
                    delete.executeUpdate();
                }
                jobs.progress(side, id, tally.read, 0, 0, 0, 0, 0);
                jobs.finish(side, id, state, expected ? e.getMessage() : "the import failed and wrote nothing: " + e.getMessage());
            }
        } catch (SQLException e) {
            LOG.errorf(e, "import %s could not record its end", id);
        } finally {
            upload.delete();
        }
    }

    private void write(RowKind kind, UUID id, Upload upload, RowKind.Writer writer, PreparedStatement errors,
            Connection side, Tally tally) throws IOException, SQLException {
        try (RowSource rows = upload.open(kind.columns(), mapper)) {
            SourceRow row;
            while ((row = rows.next()) != null) {
                tally.read++;
                String column = row.errorColumn();
                String reason = row.error();
                if (reason == null) {
                    try {
                        tally.outcomes.merge(writer.write(row), 1L, Long::sum);
                    } catch (RowRefused refused) {
                        column = refused.column();
                        reason = refused.getMessage();
                    }
                }
                if (reason != null) {
                    tally.rejected++;
                    ImportJobStore.addError(errors, id, row.line(), column, reason, row.fields());
                }
                if (tally.read % BATCH == 0) {
                    errors.executeBatch();
                    jobs.progress(side, id, tally.read, tally.read - tally.rejected, tally.rejected, 0, 0, 0);
                    ImportStopped.check(jobs, id, tally.read, importer.stopping());
                }
            }
        }
        ImportStopped.check(jobs, id, tally.read, importer.stopping());
    }
}
