package org.xuncha.round.history;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.sql.DataSource;
import org.hibernate.Session;
import org.jboss.logging.Logger;
import org.xuncha.platform.id.Ids;
import org.xuncha.platform.outbox.Outbox;
import org.xuncha.platform.problem.InvalidInput;
import org.xuncha.round.history.HistoryStore.Outcome;
import org.xuncha.platform.imports.Charsets;
import org.xuncha.platform.imports.ImportJob;
import org.xuncha.platform.imports.MalformedFile;
import org.xuncha.round.imports.OrganizationImports;
import org.xuncha.platform.imports.RowError;
import org.xuncha.platform.imports.RowSource;
import org.xuncha.platform.imports.Uploads;

/**
 * Imports of a term's history. The upload is spooled to a file and read once per kind of row, in
 * the order rounds, teams, members, inspections, extensions, findings, leads, reports,
 * recommendations, feedback, so a row may name any other row of the file wherever it is, and memory
 * does not grow with the file. Every row is written in one transaction with its office key
 * (history_key); a dry run, or an all-or-nothing import with a rejected row, rolls it back.
 */
@ApplicationScoped
public class HistoryImports {

    private static final Logger LOG = Logger.getLogger(HistoryImports.class);

    private final DataSource dataSource;
    private final EntityManager entityManager;
    private final Outbox outbox;
    private final Clock clock;
    private final ObjectMapper mapper;
    private final OrganizationImports jobs;
    private final TransactionSynchronizationRegistry transactions;
    private final ExecutorService importer = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "history-import");
        thread.setDaemon(true);
        return thread;
    });

    public HistoryImports(DataSource dataSource, EntityManager entityManager, Outbox outbox, Clock clock, ObjectMapper mapper,
            OrganizationImports jobs, TransactionSynchronizationRegistry transactions) {
        this.dataSource = dataSource;
        this.entityManager = entityManager;
        this.outbox = outbox;
        this.clock = clock;
        this.mapper = mapper;
        this.jobs = jobs;
        this.transactions = transactions;
    }

    void onStop(@Observes ShutdownEvent stopped) {
        importer.shutdownNow();
    }

    /** Spools the upload, checks its header, and queues the job once the request's transaction (if any) commits. */
    public ImportJob start(InputStream body, String format, String charsetName, String sheet, UUID termId, boolean dryRun,
            boolean allOrNothing, String createdBy) {
        if (termId == null) {
            throw InvalidInput.of("termId", "must name the term whose history this is");
        }
        Charset declared = Uploads.declared(charsetName).orElse(null);
        Path file = null;
        try (Connection connection = dataSource.getConnection()) {
            if (!exists(connection, "select 1 from term where id = ?", termId)) {
                throw InvalidInput.of("termId", "names no term");
            }
            file = Uploads.spool(body, format, OrganizationImports.MAX_UPLOAD_BYTES);
            Charset charset = "xlsx".equals(format) ? StandardCharsets.UTF_8
                    : declared != null ? declared : Charsets.detect(file);
            if (Uploads.hasHeader(format)) {
                try (HistorySource header = open(file, format, charset, sheet)) {
                    // the header (and a workbook's sheet) is checked on opening
                } catch (MalformedFile malformed) {
                    throw InvalidInput.of(malformed.field(), malformed.getMessage());
                }
            }
            UUID id = Ids.next();
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into import_job (id, kind, format, charset, dry_run, state, created_by, created_at, all_or_nothing)
                    values (?, 'history', ?, ?, ?, 'QUEUED', ?, ?, ?)""");
                    PreparedStatement history = connection.prepareStatement(
                            "insert into history_import (job_id, term_id, all_or_nothing) values (?, ?, ?)")) {
                insert.setObject(1, id);
                insert.setString(2, format);
                insert.setString(3, charset.name());
                insert.setBoolean(4, dryRun);
                insert.setString(5, createdBy);
                insert.setObject(6, OffsetDateTime.now(clock));
                insert.setBoolean(7, allOrNothing);
                insert.executeUpdate();
                history.setObject(1, id);
                history.setObject(2, termId);
                history.setBoolean(3, allOrNothing);
                history.executeUpdate();
            }
            Path spooled = file;
            file = null;
            Runnable job = () -> run(id, spooled, format, charset, sheet, termId, dryRun, allOrNothing);
            if (transactions.getTransactionStatus() == Status.STATUS_ACTIVE) {
                transactions.registerInterposedSynchronization(new Synchronization() {
                    @Override
                    public void beforeCompletion() {
                    }

                    @Override
                    public void afterCompletion(int status) {
                        if (status == Status.STATUS_COMMITTED) {
                            importer.submit(job);
                        }
                    }
                });
            } else {
                importer.submit(job);
            }
            return new ImportJob(id, "history", format, charset.name(), dryRun, org.xuncha.platform.imports.ImportState.QUEUED,
                    0, 0, 0, 0, 0, 0, null, OffsetDateTime.now(clock), null, null, allOrNothing, null);
        } catch (IOException e) {
            throw InvalidInput.of("body", "could not be read to its end: " + e.getMessage());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // a temporary file
                }
            }
        }
    }

    private static boolean exists(Connection connection, String sql, UUID id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setObject(1, id);
            try (var row = select.executeQuery()) {
                return row.next();
            }
        }
    }

    private HistorySource open(Path file, String format, Charset charset, String sheet) throws IOException {
        if ("xlsx".equals(format)) {
            return HistorySource.of(RowSource.xlsx(file, sheet, HistoryColumns.COLUMNS));
        }
        Reader reader = Uploads.open(file, charset);
        return HistorySource.of("csv".equals(format) ? RowSource.csv(reader, HistoryColumns.COLUMNS)
                : RowSource.ndjson(reader, mapper, HistoryColumns.COLUMNS));
    }

    /** Thrown to roll the job's transaction back after a dry run, keeping its report. */
    private static final class RolledBack extends RuntimeException {
        RolledBack() {
            super("rolled back", null, false, false);
        }
    }

    /** What the passes over the file did. */
    private static final class Tally {
        long read;
        final Map<Outcome, Long> outcomes = new EnumMap<>(Outcome.class);
        final List<RowError> errors = new ArrayList<>();
        final Map<String, Long> keys = new HashMap<>();
    }

    private void run(UUID id, Path file, String format, Charset charset, String sheet, UUID termId, boolean dryRun,
            boolean allOrNothing) {
        Tally tally = new Tally();
        String failure = null;
        try {
            progress(id, "update import_job set state = 'RUNNING', started_at = now() where id = ?", 0);
            try {
                QuarkusTransaction.requiringNew().timeout(3600).run(() -> {
                entityManager.unwrap(Session.class).doWork(connection -> {
                    HistoryStore store = new HistoryStore(connection, termId, id, clock);
                    try {
                        write(store, file, format, charset, sheet, tally, id);
                    } catch (IOException e) {
                        throw new MalformedFile("the file could not be read to its end: " + e.getMessage());
                    }
                });
                if (dryRun || (allOrNothing && !tally.errors.isEmpty())) {
                    throw new RolledBack();
                }
            });
            } catch (RolledBack expected) {
                // a dry run, or all or nothing with a rejected row: the report stands, nothing was written
            }
            if (allOrNothing && !tally.errors.isEmpty() && !dryRun) {
                failure = tally.errors.size() + " rows were rejected and allOrNothing was asked: nothing was written";
            }
        } catch (RuntimeException e) {
            Throwable cause = e;
            while (cause.getCause() != null && !(cause instanceof MalformedFile)) {
                cause = cause.getCause();
            }
            if (!(cause instanceof MalformedFile)) {
                LOG.errorf(e, "history import %s failed", id);
            }
            failure = cause instanceof MalformedFile ? cause.getMessage() : "the import failed and wrote nothing: " + cause.getMessage();
            tally.errors.clear();
            tally.outcomes.clear();
        } finally {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a temporary file
            }
        }
        finish(id, tally, failure);
    }

    private void write(HistoryStore store, Path file, String format, Charset charset, String sheet, Tally tally, UUID id)
            throws IOException, SQLException {
        HistoryPlan plan = new HistoryPlan(store);
        HistoryWork work = new HistoryWork(store);
        HistoryFeedback feedback = new HistoryFeedback(store, outbox);
        boolean first = true;
        for (HistoryKind kind : HistoryKind.values()) {
            try (HistorySource rows = open(file, format, charset, sheet)) {
                Object next;
                while ((next = rows.next()) != null) {
                    if (first) {
                        tally.read++;
                        if (tally.read % 5000 == 0) {
                            progress(id, "update import_job set rows_read = ? where id = ?", tally.read);
                        }
                    }
                    if (next instanceof HistorySource.Unreadable unreadable) {
                        if (first) {
                            tally.errors.add(new RowError(0, unreadable.line(), unreadable.column(), unreadable.reason()));
                        }
                        continue;
                    }
                    HistoryRow row = (HistoryRow) next;
                    if (row.kind() != kind) {
                        continue;
                    }
                    try {
                        for (String column : kind.required()) {
                            row.required(column);
                        }
                        String key = kind.name() + "/" + fileKey(row);
                        Long before = tally.keys.putIfAbsent(key, row.line());
                        if (before != null) {
                            throw new HistoryRow.Refused(kind.required().get(0), "the same " + kind.code()
                                    + " appears on line " + before + " of the file");
                        }
                        Outcome outcome = switch (kind) {
                            case ROUND -> plan.round(row);
                            case TEAM -> plan.team(row);
                            case MEMBER -> plan.member(row);
                            case INSPECTION -> plan.inspection(row);
                            case EXTENSION -> plan.extension(row);
                            case FINDING -> work.finding(row);
                            case LEAD -> work.lead(row);
                            case REPORT -> work.report(row);
                            case RECOMMENDATION -> work.recommendation(row);
                            case FEEDBACK -> feedback.feedback(row);
                        };
                        tally.outcomes.merge(outcome, 1L, Long::sum);
                    } catch (HistoryRow.Refused refused) {
                        tally.errors.add(new RowError(0, row.line(), refused.column(), refused.getMessage()));
                    }
                }
            }
            first = false;
        }
        HistoryCoverage.recount(store);
    }

    /** What makes two rows of a file the same item. */
    private static String fileKey(HistoryRow row) {
        return switch (row.kind()) {
            case ROUND -> HistoryPlan.roundKey(row);
            case TEAM -> HistoryPlan.teamKey(row);
            case MEMBER -> HistoryPlan.teamKey(row) + "/" + row.text("cadreId") + "/" + row.text("cadreName");
            case INSPECTION, FEEDBACK -> row.text("inspectionNumber");
            case EXTENSION -> row.text("inspectionNumber") + "/" + row.text("organizationCode");
            case FINDING -> row.text("findingNumber");
            case LEAD -> row.text("leadNumber");
            case REPORT -> row.text("reportNumber");
            case RECOMMENDATION -> row.text("reportNumber") + "/" + row.text("department") + "/" + row.text("content");
        };
    }

    private void progress(UUID id, String sql, long read) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement(sql)) {
            if (sql.contains("rows_read = ?")) {
                update.setLong(1, read);
                update.setObject(2, id);
            } else {
                update.setObject(1, id);
            }
            update.executeUpdate();
        } catch (SQLException e) {
            LOG.warnf(e, "could not record the progress of history import %s", id);
        }
    }

    private void finish(UUID id, Tally tally, String failure) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            tally.errors.sort(Comparator.comparingLong(RowError::row));
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into import_row_error (job_id, row_number, column_name, reason) values (?, ?, ?, ?)")) {
                for (RowError error : tally.errors) {
                    insert.setObject(1, id);
                    insert.setLong(2, error.row());
                    insert.setString(3, error.column());
                    insert.setString(4, error.reason());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            boolean written = failure == null;
            try (PreparedStatement done = connection.prepareStatement("""
                    update import_job set state = ?, finished_at = now(), failure = ?, rows_read = ?, rows_rejected = ?,
                           rows_accepted = ?, rows_inserted = ?, rows_updated = ?, rows_unchanged = ? where id = ?""")) {
                long rejected = tally.errors.size();
                done.setString(1, written ? "SUCCEEDED" : "FAILED");
                done.setString(2, failure);
                done.setLong(3, tally.read);
                done.setLong(4, rejected);
                done.setLong(5, written ? tally.read - rejected : 0);
                done.setLong(6, written ? tally.outcomes.getOrDefault(Outcome.INSERTED, 0L) : 0);
                done.setLong(7, written ? tally.outcomes.getOrDefault(Outcome.UPDATED, 0L) : 0);
                done.setLong(8, written ? tally.outcomes.getOrDefault(Outcome.UNCHANGED, 0L) : 0);
                done.setObject(9, id);
                done.executeUpdate();
            }
            connection.commit();
        } catch (SQLException e) {
            LOG.errorf(e, "history import %s could not record its end", id);
        }
    }
}
