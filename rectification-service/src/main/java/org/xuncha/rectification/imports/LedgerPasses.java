package org.xuncha.rectification.imports;

import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.LongConsumer;
import org.xuncha.contract.EventTypes;
import org.xuncha.platform.imports.Resolved;
import org.xuncha.platform.imports.RowSource;
import org.xuncha.platform.imports.SourceRow;
import org.xuncha.platform.outbox.Outbox;
import org.xuncha.platform.problem.DomainException;
import org.xuncha.platform.problem.InvalidInput;
import org.xuncha.rectification.cases.CaseLedger;
import org.xuncha.rectification.cases.CaseState;
import org.xuncha.rectification.cases.RectificationCase;
import org.xuncha.rectification.ledger.ItemOrigin;
import org.xuncha.rectification.ledger.ItemState;
import org.xuncha.rectification.ledger.ItemTerm;
import org.xuncha.rectification.ledger.LedgerItem;

/**
 * The three passes of a ledger import over its file, in the import's transaction: each row is matched
 * to its case (term and inspection number, as the historical FeedbackIssued opened it) and, for an
 * item, to its item (the finding's or the office's number), and handed to the aggregate, which checks
 * it whole before it changes anything. The events of what the rows changed go through the outbox.
 * The case of an inspection number is looked up once and kept for the job (its id, bounded: the
 * import creates no case); the persistence context is flushed and cleared every {@link #BATCH}
 * rows and at each pass's end, and flushes at no query in between (flush mode COMMIT), so a batch
 * costs no dirty-checking of all it holds per query. No lookup needs the unflushed rows: a second
 * row with the same case or item is refused before it looks anything up, and the conclusions pass
 * counts the items the items pass flushed.
 */
final class LedgerPasses {

    enum Pass { SIGNATURES, ITEMS, CONCLUSIONS }

    /** Rows between a flush and clear of the persistence context. */
    static final int BATCH = 500;
    /** Cases kept per job by inspection number (their ids): the least recently used beyond it are looked up again. */
    static final int CASES_KEPT = 10_000;

    /** A rejected row: its line, the column at fault, why, and the row as the file had it. */
    record Rejected(long line, String column, String reason, List<String> fields) {
    }

    /** What the passes did; memory grows with the file's keys and its rejected rows, not its contents. */
    static final class Tally {
        long read;
        long inserted;
        long updated;
        long unchanged;
        final List<Rejected> errors = new ArrayList<>();
        /** The job wrote nothing and reports no row as accepted: it failed, was cancelled or interrupted. */
        boolean voided;

        void clear() {
            voided = true;
            inserted = 0;
            updated = 0;
            unchanged = 0;
            errors.clear();
        }
    }

    private final EntityManager entityManager;
    private final Outbox outbox;
    private final UUID termId;
    private final String by;
    private final ZoneId zone;
    private final OffsetDateTime now;
    private final Tally tally;
    private final LongConsumer checkpoint;
    private final Map<String, Long> keys = new HashMap<>();
    private final Set<Long> rejected = new HashSet<>();
    private final Set<Long> caseRowsChanged = new HashSet<>();
    private final Resolved<String, UUID> cases = new Resolved<>(CASES_KEPT);
    private int sinceFlush;

    LedgerPasses(EntityManager entityManager, Outbox outbox, UUID termId, String by, ZoneId zone, OffsetDateTime now,
            Tally tally, LongConsumer checkpoint) {
        this.entityManager = entityManager;
        this.outbox = outbox;
        this.termId = termId;
        this.by = by;
        this.zone = zone;
        this.now = now;
        this.tally = tally;
        this.checkpoint = checkpoint;
        entityManager.setFlushMode(FlushModeType.COMMIT);
    }

    void run(Pass pass, RowSource rows) throws IOException {
        SourceRow source;
        while ((source = rows.next()) != null) {
            if (pass == Pass.SIGNATURES) {
                tally.read++;
                checkpoint.accept(tally.read);
                if (source.error() != null) {
                    reject(source, source.errorColumn(), source.error());
                    continue;
                }
            }
            if (rejected.contains(source.line())) {
                continue;
            }
            LedgerRow row = new LedgerRow(source);
            try {
                LedgerRow.Kind kind = row.kind();
                switch (pass) {
                    case SIGNATURES -> {
                        String key = row.key();
                        Long before = keys.putIfAbsent(key, row.line());
                        if (before != null) {
                            throw new LedgerRow.Refused(kind == LedgerRow.Kind.CASE ? "inspectionNumber" : "itemNumber",
                                    "the same " + kind.name().toLowerCase(java.util.Locale.ROOT) + " appears on line "
                                            + before + " of the file");
                        }
                        if (kind == LedgerRow.Kind.CASE) {
                            signatures(row);
                        }
                    }
                    case ITEMS -> {
                        if (kind == LedgerRow.Kind.ITEM) {
                            item(row);
                        }
                    }
                    case CONCLUSIONS -> {
                        if (kind == LedgerRow.Kind.CASE) {
                            conclusion(row);
                        }
                    }
                }
            } catch (LedgerRow.Refused refused) {
                reject(source, refused.column, refused.getMessage());
            } catch (InvalidInput invalid) {
                reject(source, invalid.errors().get(0).field(), invalid.errors().get(0).message());
            } catch (DomainException refused) {
                reject(source, null, refused.getMessage());
            }
            if (++sinceFlush == BATCH) {
                entityManager.flush();
                entityManager.clear();
                sinceFlush = 0;
            }
        }
        entityManager.flush();
        entityManager.clear();
    }

    private void reject(SourceRow source, String column, String reason) {
        rejected.add(source.line());
        tally.errors.add(new Rejected(source.line(), column, reason, source.fields()));
    }

    private RectificationCase caseOf(LedgerRow row) {
        String number = row.inspectionNumber();
        UUID id = cases.get(number, key -> entityManager.createQuery("""
                        select c.id from RectificationCase c where c.termId = :term and c.inspectionNumber = :number""",
                        UUID.class)
                .setParameter("term", termId).setParameter("number", key).getResultStream().findFirst().orElse(null));
        if (id == null) {
            throw new LedgerRow.Refused("inspectionNumber", "no case for term " + termId + " inspection " + number
                    + " yet: import the history in round-service first (its feedback opens the case), then this "
                    + "file again");
        }
        // the managed case while the batch holds it, else (after a clear) one select by its id
        return entityManager.find(RectificationCase.class, id);
    }

    private void signatures(LedgerRow row) {
        RectificationCase rectificationCase = caseOf(row);
        RectificationCase.LedgerEntry entry = rectificationCase.enterSignatures(row.caseLedger(), by, zone, now);
        entry.signedOff().ifPresent(event -> outbox.enqueue(EventTypes.SIGN_OFF_COMPLETED,
                rectificationCase.organizationId().toString(), event));
        if (entry.changed()) {
            caseRowsChanged.add(row.line());
        }
    }

    private void item(LedgerRow row) {
        RectificationCase rectificationCase = caseOf(row);
        String number = row.itemNumber();
        List<LedgerItem> found = entityManager.createQuery("""
                        select i from LedgerItem i where i.caseId = :case and i.itemNumber = :number""", LedgerItem.class)
                .setParameter("case", rectificationCase.id()).setParameter("number", number).getResultList();
        ItemOrigin origin = row.origin();
        LedgerItem item;
        boolean inserted = false;
        if (!found.isEmpty()) {
            item = found.get(0);
            if (origin != null && origin != item.origin()) {
                throw new LedgerRow.Refused("origin", "is " + origin + " but item " + number + " is " + item.origin());
            }
        } else if (origin == null || origin == ItemOrigin.FINDING) {
            throw new LedgerRow.Refused("itemNumber", "names no finding fed back to inspection "
                    + rectificationCase.inspectionNumber() + " (" + number + "); an item the office added names its origin "
                    + "(SECRETARY_POINT, ACCOUNTABILITY_POINT or OFFICE)");
        } else {
            String problem = row.text("problem");
            if (problem == null) {
                throw new LedgerRow.Refused("problem", "is required for an item the office added");
            }
            rectificationCase.requireOpen("take new items");
            item = LedgerItem.addedFromLedger(rectificationCase.id(), number, origin, problem, row.text("persons"), now);
            inserted = true;
        }
        LocalDate fedBackOn = rectificationCase.fedBackAt().atZoneSameInstant(zone).toLocalDate();
        LedgerItem.LedgerEntry entry = item.enterFromLedger(row.rectification(), row.itemState(), row.date("closedOn"),
                rectificationCase.signedOffAt() != null, fedBackOn, now.atZoneSameInstant(zone).toLocalDate(), by, zone,
                now);
        if (inserted) {
            entityManager.persist(item);
            tally.inserted++;
        } else if (entry.changed()) {
            tally.updated++;
        } else {
            tally.unchanged++;
        }
        entry.transition().ifPresent(entityManager::persist);
        if (entry.closedNow()) {
            outbox.enqueue(EventTypes.LEDGER_ITEM_CLOSED, rectificationCase.organizationId().toString(),
                    item.closedEvent(rectificationCase.inspectionId()));
        }
    }

    private void conclusion(LedgerRow row) {
        RectificationCase rectificationCase = caseOf(row);
        CaseLedger ledger = row.caseLedger();
        LocalDate reportDay = ledger.reportedOn() != null ? ledger.reportedOn()
                : rectificationCase.reportedAt() == null ? null
                : rectificationCase.reportedAt().atZoneSameInstant(zone).toLocalDate();
        UUID caseId = rectificationCase.id();
        int fedBack = count("select count(i) from LedgerItem i where i.caseId = :case and i.origin = :finding", caseId, null);
        int closed = count("""
                select count(i) from LedgerItem i where i.caseId = :case and i.origin = :finding and i.state = :closed""",
                caseId, null);
        int closedByReport = reportDay == null ? 0 : count("""
                select count(i) from LedgerItem i where i.caseId = :case and i.origin = :finding and i.state = :closed
                   and i.closedAt < :until""", caseId, reportDay.plusDays(1).atStartOfDay(zone).toOffsetDateTime());
        List<UUID> unfinished = entityManager.createQuery("""
                        select i.id from LedgerItem i where i.caseId = :case and i.state <> :closed
                           and (i.term is null or i.term <> :longTerm) order by i.id""", UUID.class)
                .setParameter("case", caseId).setParameter("closed", ItemState.CLOSED)
                .setParameter("longTerm", ItemTerm.LONG_TERM).getResultList();
        RectificationCase.LedgerEntry entry = rectificationCase.concludeFromLedger(ledger, fedBack, closedByReport, closed,
                unfinished, by, zone, now);
        String key = rectificationCase.organizationId().toString();
        entry.reported().ifPresent(event -> outbox.enqueue(EventTypes.RECTIFICATION_REPORTED, key, event));
        entry.closed().ifPresent(event -> outbox.enqueue(EventTypes.CASE_CLOSED, key, event));
        if (entry.changed() || caseRowsChanged.contains(row.line())) {
            tally.updated++;
        } else {
            tally.unchanged++;
        }
    }

    private int count(String jpql, UUID caseId, OffsetDateTime until) {
        var query = entityManager.createQuery(jpql, Long.class).setParameter("case", caseId)
                .setParameter("finding", ItemOrigin.FINDING);
        if (jpql.contains(":closed")) {
            query.setParameter("closed", ItemState.CLOSED);
        }
        if (until != null) {
            query.setParameter("until", until);
        }
        return query.getSingleResult().intValue();
    }
}
