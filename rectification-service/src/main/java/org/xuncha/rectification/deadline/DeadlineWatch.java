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
import org.xuncha.rectification.config.RectificationConfig;
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

    /** The cases whose flag is wrong or that have a newly missed deadline. */
    private static final String CANDIDATES = """
            with late as (
                select c.id, c.overdue,
                       c.state = 'AWAITING_SIGNOFF' and c.sign_off_due_at < :now as sign_off_late,
                       c.plan_submitted_at is null and c.plan_due_at < :now as plan_late,
                       c.reported_at is null and c.report_due_at < :now as report_late,
                       c.sign_off_overdue_at, c.plan_overdue_at, c.report_overdue_at,
                       exists (select 1 from ledger_item i where i.case_id = c.id
                               and i.state in ('OPEN', 'IN_PROGRESS') and i.deadline < :today) as item_late,
                       exists (select 1 from ledger_item i where i.case_id = c.id
                               and i.state in ('OPEN', 'IN_PROGRESS') and i.deadline < :today
                               and i.overdue_flagged_for is distinct from i.deadline) as item_unflagged
                from rectification_case c
                where c.state <> 'CLOSED')
            select id from late
            where overdue <> (sign_off_late or plan_late or report_late or item_late)
               or (sign_off_late and sign_off_overdue_at is null)
               or (plan_late and plan_overdue_at is null)
               or (report_late and report_overdue_at is null)
               or item_unflagged
            order by id""";

    private final EntityManager entityManager;
    private final Outbox outbox;
    private final Clock clock;
    private final ZoneId zone;

    public DeadlineWatch(EntityManager entityManager, Outbox outbox, Clock clock, RectificationConfig config) {
        this.entityManager = entityManager;
        this.outbox = outbox;
        this.clock = clock;
        this.zone = config.zone();
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

    @SuppressWarnings("unchecked")
    private List<UUID> candidates(OffsetDateTime now, LocalDate today) {
        return entityManager.createNativeQuery(CANDIDATES, UUID.class)
                .setParameter("now", now)
                .setParameter("today", today)
                .getResultList();
    }

    private List<RectificationOverdue> checkCase(UUID caseId, OffsetDateTime now, LocalDate today) {
        RectificationCase checked = entityManager.find(RectificationCase.class, caseId, LockModeType.PESSIMISTIC_WRITE);
        List<RectificationOverdue> missed = new ArrayList<>(checked.flagMissedDeadlines(now));
        List<LedgerItem> late = entityManager.createQuery("""
                        select i from LedgerItem i where i.caseId = :caseId and i.state in :working
                        and i.deadline < :today order by i.id""", LedgerItem.class)
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
