package org.xuncha.rectification.followup;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.xuncha.platform.paging.Page;
import org.xuncha.platform.problem.InvalidInput;
import org.xuncha.platform.problem.NotFound;
import org.xuncha.platform.security.Caller;
import org.xuncha.rectification.Queries;
import org.xuncha.rectification.cases.CaseScope;
import org.xuncha.rectification.cases.Cases;
import org.xuncha.rectification.cases.RectificationCase;
import org.xuncha.rectification.ledger.Ledger;

/** Follow-ups (回访, 回头看): they record what they found and may reopen closed items. */
@ApplicationScoped
public class FollowUps implements PanacheRepositoryBase<FollowUp, UUID> {

    private final Cases cases;
    private final Ledger ledger;
    private final Clock clock;

    public FollowUps(Cases cases, Ledger ledger, Clock clock) {
        this.cases = cases;
        this.ledger = ledger;
        this.clock = clock;
    }

    /** What the office records of a follow-up, with the items it reopens. */
    public record FollowUpRecord(UUID caseId, FollowUpKind kind, LocalDate visitedOn, String conclusion,
            List<Ledger.Reopening> reopenItems) {
    }

    /** Records a follow-up; each item it reopens sends {@code LedgerItemReopened}. */
    @Transactional
    public FollowUp record(FollowUpRecord followUp, Caller caller) {
        RectificationCase visited = cases.get(followUp.caseId(), caller);
        visited.requireSignedOff("be followed up");
        OffsetDateTime now = OffsetDateTime.now(clock);
        FollowUp recorded = new FollowUp(visited.id(), followUp.kind(), followUp.visitedOn(), followUp.conclusion(),
                followUp.reopenItems().size(), caller.userId(), now);
        ledger.reopen(visited, followUp.reopenItems(), "reopenItems", "FOLLOW_UP:" + recorded.id(), caller.userId(),
                now);
        persist(recorded);
        return recorded;
    }

    /** A follow-up of a case the caller may see. */
    public FollowUp get(UUID id, Caller caller) {
        FollowUp found = findByIdOptional(id).orElseThrow(() -> new NotFound("Follow-up", id));
        try {
            cases.get(found.caseId(), caller);
        } catch (NotFound invisible) {
            throw new NotFound("Follow-up", id);
        }
        return found;
    }

    /**
     * Follow-ups, oldest first. The office and the supervising bodies may list them all; others
     * only a case's they may see.
     */
    public Page<FollowUp> list(UUID caseId, String cursor, int limit, Caller caller) {
        List<String> conditions = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (caseId != null) {
            conditions.add("caseId = :caseId");
            parameters.and("caseId", cases.get(caseId, caller).id());
        } else if (!CaseScope.seesAll(caller)) {
            throw InvalidInput.of("caseId", "is required: you may list the follow-ups of a case you can see");
        }
        return Queries.page(this, conditions, parameters, cursor, limit, FollowUp::id);
    }
}
