package org.xuncha.rectification.deadline;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.xuncha.contract.EventTypes;
import org.xuncha.contract.rectification.RectificationOverdue;
import org.xuncha.platform.outbox.Outbox;
import org.xuncha.rectification.cases.RectificationCase;
import org.xuncha.rectification.ledger.ItemState;
import org.xuncha.rectification.ledger.LedgerItem;

/**
 * Flags missed deadlines: unsigned cases past their sign-off deadline, plans and reports not in by
 * theirs, and ledger items past their own. Each missed deadline is flagged once and announced once
 * ({@code RectificationOverdue}); the case's OVERDUE flag is kept on while anything of it is late.
 *
 * <p>The scheduler calls {@link #check()} periodically; tests call it after moving the clock. Each
 * case is checked in its own transaction under a row lock, so two checks running at once (two
 * instances, or a test and the scheduler) never announce the same thing twice.
 */
@ApplicationScoped
public class DeadlineWatch {

    private static final Logger LOG = Logger.getLogger(DeadlineWatch.class);

    /**
     * The cases with a newly missed deadline or a wrong flag. Each branch reads a partial index of
     * the things whose deadline is still running (or of the flagged cases), so a check costs what is
     * late, not what exists.
     */
    private static final String CANDIDATES = """
            select id from rectification_case
             where state = 'AWAITING_SIGNOFF' and sign_off_due_at < :now and (sign_off_overdue_at is null or not overdue)
               and not historical
            union
            select id from rectification_case
             where plan_submitted_at is null and state <> 'CLOSED' and plan_due_at < :now
               and (plan_overdue_at is null or not overdue) and not historical
            union
            select id from rectification_case
             where reported_at is null and state <> 'CLOSED' and report_due_at < :now
               and (report_overdue_at is null or not overdue) and not historical
            union
            select i.case_id from ledger_item i join rectification_case c on c.id = i.case_id
             where i.state in ('OPEN', 'IN_PROGRESS') and i.deadline < :today and not i.historical
               and (i.overdue_flagged_for is distinct from i.deadline or not c.overdue)
            union
            select c.id from rectification_case c
             where c.overdue and not (
                   (c.state = 'AWAITING_SIGNOFF' and c.sign_off_due_at < :now)
                or (c.plan_submitted_at is null and c.state <> 'CLOSED' and c.plan_due_at < :now)
                or (c.reported_at is null and c.state <> 'CLOSED' and c.report_due_at < :now)
                or exists (select 1 from ledger_item i where i.case_id = c.id
                           and i.state in ('OPEN', 'IN_PROGRESS') and i.deadline < :today and not i.historical))""";

    private final EntityManager entityManager;
    private final Outbox outbox;
    private final Clock clock;
    private final ZoneId zone;

    public DeadlineWatch(EntityManager entityManager, Outbox outbox, Clock clock) {
        this.entityManager = entityManager;
        this.outbox = outbox;
        this.clock = clock;
        this.zone = clock.getZone();
    }

    /** What one check did. */
    public record Result(int casesChecked, List<RectificationOverdue> flagged) {

        public long flagged(String what) {
            return flagged.stream().filter(overdue -> overdue.what().equals(what)).count();
        }
    }

    /** Checks every case that may have a missed deadline or a wrong flag, as of now. */
    public Result check() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        LocalDate today = now.atZoneSameInstant(zone).toLocalDate();
        List<UUID> candidates = QuarkusTransaction.requiringNew().call(() -> candidates(now, today));
        List<RectificationOverdue> flagged = new ArrayList<>();
        for (UUID caseId : candidates) {
            try {
                flagged.addAll(QuarkusTransaction.requiringNew().call(() -> checkCase(caseId, now, today)));
            } catch (PersistenceException changedMeanwhile) {
                LOG.debugf("Case %s changed while its deadlines were checked; the next check takes it up", caseId);
            }
        }
        if (!flagged.isEmpty()) {
            LOG.infof("Deadline check flagged %d missed deadline(s) in %d case(s)", flagged.size(), candidates.size());
        }
        return new Result(candidates.size(), flagged);
    }

    // No result class: Hibernate 7.2 caches a native query given a scalar result class under a new key
    // at every call (the mapping's equals fails), and each lookup then compares against all of them.
    @SuppressWarnings("unchecked")
    private List<UUID> candidates(OffsetDateTime now, LocalDate today) {
        return entityManager.createNativeQuery(CANDIDATES)
                .setParameter("now", now)
                .setParameter("today", today)
                .getResultList();
    }

    private List<RectificationOverdue> checkCase(UUID caseId, OffsetDateTime now, LocalDate today) {
        RectificationCase checked = entityManager.find(RectificationCase.class, caseId, LockModeType.PESSIMISTIC_WRITE);
        List<RectificationOverdue> missed = new ArrayList<>(checked.flagMissedDeadlines(now));
        List<LedgerItem> late = entityManager.createQuery("""
                        select i from LedgerItem i where i.caseId = :caseId and i.state in :working
                        and i.deadline < :today and i.historical = false order by i.id""", LedgerItem.class)
                .setParameter("caseId", caseId)
                .setParameter("working", List.of(ItemState.OPEN, ItemState.IN_PROGRESS))
                .setParameter("today", today)
                .getResultList();
        for (LedgerItem item : late) {
            item.flagIfOverdue(checked.inspectionId(), now, zone).ifPresent(missed::add);
        }
        checked.refreshOverdue(!late.isEmpty(), now);
        for (RectificationOverdue overdue : missed) {
            outbox.enqueue(EventTypes.RECTIFICATION_OVERDUE, checked.organizationId().toString(), overdue);
        }
        return missed;
    }
}
