package org.xuncha.round.history;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.Charset;
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
import org.xuncha.platform.operations.AfterCommit;
import org.xuncha.platform.outbox.Outbox;
import org.xuncha.platform.problem.InvalidInput;
import org.xuncha.round.history.HistoryStore.Outcome;
import org.xuncha.platform.imports.ImportJob;
import org.xuncha.platform.imports.MalformedFile;
import org.xuncha.platform.imports.ImportJobStore;
import org.xuncha.platform.imports.ImportState;
import org.xuncha.platform.imports.Upload;
import org.xuncha.platform.imports.RowError;
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
    private final ImportJobStore jobs;
    private final TransactionSynchronizationRegistry transactions;
    private final ExecutorService importer = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "history-import");
        thread.setDaemon(true);
        return thread;
    });

    public HistoryImports(DataSource dataSource, EntityManager entityManager, Outbox outbox, Clock clock, ObjectMapper mapper,
            ImportJobStore jobs, TransactionSynchronizationRegistry transactions) {
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
        try (Connection connection = dataSource.getConnection()) {
            if (!exists(connection, "select 1 from term where id = ?", termId)) {
                throw InvalidInput.of("termId", "names no term");
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        Upload upload = Upload.receive(body, format, charsetName, sheet, HistoryColumns.COLUMNS, mapper);
        Path file = upload.file();
        Charset charset = upload.charset();
        try (Connection connection = dataSource.getConnection()) {
            UUID id = Ids.next();
            jobs.create(id, "history", format, charset.name(), dryRun, allOrNothing, List.of(), createdBy,
                    OffsetDateTime.now(clock));
            try (PreparedStatement history = connection.prepareStatement(
                    "insert into history_import (job_id, term_id, all_or_nothing) values (?, ?, ?)")) {
                history.setObject(1, id);
                history.setObject(2, termId);
                history.setBoolean(3, allOrNothing);
                history.executeUpdate();
            }
            file = null;
            Runnable job = () -> run(id, upload, termId, dryRun, allOrNothing);
            AfterCommit.run(transactions, () -> importer.submit(job));
            return new ImportJob(id, "history", format, charset.name(), dryRun, org.xuncha.platform.imports.ImportState.QUEUED,
                    0, 0, 0, 0, 0, 0, null, OffsetDateTime.now(clock), null, null, allOrNothing, null);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        } finally {
            Uploads.delete(file);
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

    private HistorySource open(Upload upload) throws IOException {
        return HistorySource.of(upload.open(HistoryColumns.COLUMNS, mapper));
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

    private void run(UUID id, Upload upload, UUID termId, boolean dryRun, boolean allOrNothing) {
        Tally tally = new Tally();
        String failure = null;
        try {
            if (!begin(id)) {
                upload.delete();
                return;
            }
            try {
                QuarkusTransaction.requiringNew().timeout(3600).run(() -> {
                entityManager.unwrap(Session.class).doWork(connection -> {
                    HistoryStore store = new HistoryStore(connection, termId, id, clock);
                    try {
                        write(store, upload, tally, id);
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
            upload.delete();
        }
        finish(id, tally, failure);
    }

    private void write(HistoryStore store, Upload upload, Tally tally, UUID id)
            throws IOException, SQLException {
        HistoryPlan plan = new HistoryPlan(store);
        HistoryWork work = new HistoryWork(store);
        HistoryFeedback feedback = new HistoryFeedback(store, outbox);
        boolean first = true;
        for (HistoryKind kind : HistoryKind.values()) {
            try (HistorySource rows = open(upload)) {
                Object next;
                while ((next = rows.next()) != null) {
                    if (first) {
                        tally.read++;
                        if (tally.read % 5000 == 0) {
                            progress(id, tally.read);
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
        org.xuncha.round.coverage.ScopeRecount.recount(store::update, store.termId, store.zone);
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

    /** QUEUED to RUNNING; false when the job was cancelled before it began. */
    private boolean begin(UUID id) {
        try (Connection connection = dataSource.getConnection()) {
            return jobs.begin(connection, id);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void progress(UUID id, long read) {
        try (Connection connection = dataSource.getConnection()) {
            jobs.progress(connection, id, read, 0, 0, 0, 0, 0);
        } catch (SQLException e) {
            LOG.warnf(e, "could not record the progress of history import %s", id);
        }
    }

    private void finish(UUID id, Tally tally, String failure) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            tally.errors.sort(Comparator.comparingLong(RowError::row));
            try (PreparedStatement insert = connection.prepareStatement(ImportJobStore.INSERT_ERROR)) {
                for (RowError error : tally.errors) {
                    ImportJobStore.addError(insert, id, error.row(), error.column(), error.reason(), List.of());
                }
                insert.executeBatch();
            }
            boolean written = failure == null;
            long rejected = tally.errors.size();
            jobs.progress(connection, id, tally.read, written ? tally.read - rejected : 0, rejected,
                    written ? tally.outcomes.getOrDefault(Outcome.INSERTED, 0L) : 0,
                    written ? tally.outcomes.getOrDefault(Outcome.UPDATED, 0L) : 0,
                    written ? tally.outcomes.getOrDefault(Outcome.UNCHANGED, 0L) : 0);
            jobs.finish(connection, id, written ? ImportState.SUCCEEDED : ImportState.FAILED, failure);
            connection.commit();
        } catch (SQLException e) {
            LOG.errorf(e, "history import %s could not record its end", id);
        }
    }
}
