package org.xuncha.rectification.cases;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.xuncha.contract.round.FeedbackIssued;
import org.xuncha.platform.operations.CommitCounters;
import org.xuncha.platform.operations.CommitCounters.CommitCounter;
import org.xuncha.platform.paging.Page;
import org.xuncha.platform.problem.NotFound;
import org.xuncha.platform.security.Caller;
import org.xuncha.rectification.Queries;
import org.xuncha.rectification.config.RectificationConfig;
import org.xuncha.rectification.ledger.LedgerItem;
import org.xuncha.rectification.ledger.LedgerItemRepository;
import org.xuncha.rectification.notification.NotificationEvents;

/** Opening rectification cases and reading them within the caller's scope. */
@ApplicationScoped
public class Cases {

    private final CaseRepository cases;
    private final LedgerItemRepository items;
    private final NotificationEvents notified;
    private final Clock clock;
    private final RectificationConfig config;
    private final CommitCounter openedCount;

    public Cases(CaseRepository cases, LedgerItemRepository items, NotificationEvents notified, Clock clock,
            RectificationConfig config, CommitCounters counters) {
        this.cases = cases;
        this.items = items;
        this.notified = notified;
        this.clock = clock;
        this.config = config;
        this.openedCount = counters.counter("xuncha.cases.opened", "Rectification cases opened from FeedbackIssued");
    }

    /**
     * Opens the case of a feedback with one ledger item per finding. Runs in the transaction of the
     * idempotent consumer; a feedback whose inspection already has a case changes nothing.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void open(FeedbackIssued feedback) {
        if (cases.existsForInspection(feedback.inspectionId())) {
            return;
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        RectificationCase opened = RectificationCase.open(feedback, now, config.deadlines());
        cases.persist(opened);
        feedback.findings().forEach(finding -> items.persist(LedgerItem.forFinding(opened.id(), finding, feedback.fromHistory(), now)));
        if (!feedback.fromHistory()) {
            // the feedback of an earlier round was notified when it was issued; the bodies are not told again
            notified.sent(opened, feedback);
        }
        openedCount.increment();
    }

    /** The case, if the caller may see it; otherwise it does not exist for them. */
    public RectificationCase get(UUID id, Caller caller) {
        return cases.findByIdOptional(id)
                .filter(found -> found.isVisibleTo(caller))
                .orElseThrow(() -> new NotFound("Rectification case", id));
    }

    public List<LedgerItem> ledger(UUID caseId, Caller caller) {
        return items.ofCase(get(caseId, caller).id());
    }

    /** A page of the cases the caller may see, oldest first. */
    public Page<RectificationCase> list(CaseFilter filter, String cursor, int limit, Caller caller) {
        List<String> conditions = new ArrayList<>();
        Parameters parameters = new Parameters();
        CaseScope.restrict(caller, "", conditions, parameters);
        Queries.equalIf(conditions, parameters, "organizationId", "organizationId", filter.organizationId());
        Queries.equalIf(conditions, parameters, "inspectionId", "inspectionId", filter.inspectionId());
        Queries.equalIf(conditions, parameters, "roundId", "roundId", filter.roundId());
        Queries.equalIf(conditions, parameters, "termId", "termId", filter.termId());
        Queries.equalIf(conditions, parameters, "teamId", "teamId", filter.teamId());
        Queries.equalIf(conditions, parameters, "state", "state", filter.state());
        Queries.equalIf(conditions, parameters, "overdue", "overdue", filter.overdue());
        Queries.equalIf(conditions, parameters, "escalated", "escalated", filter.escalated());
        return Queries.page(cases, conditions, parameters, cursor, limit, RectificationCase::id);
    }
}
