package org.xuncha.rectification.supervision;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.xuncha.platform.paging.Cursor;
import org.xuncha.platform.paging.Page;
import org.xuncha.platform.problem.Duplicate;
import org.xuncha.platform.problem.NotFound;
import org.xuncha.platform.security.Caller;
import org.xuncha.rectification.cases.CaseScope;
import org.xuncha.rectification.cases.Cases;
import org.xuncha.rectification.cases.RectificationCase;
import org.xuncha.rectification.ledger.Ledger;

/** Supervision campaigns (整改督查) and their evaluations of cases. */
@ApplicationScoped
public class Supervisions {

    private final EntityManager entityManager;
    private final Cases cases;
    private final Ledger ledger;
    private final Clock clock;

    public Supervisions(EntityManager entityManager, Cases cases, Ledger ledger, Clock clock) {
        this.entityManager = entityManager;
        this.cases = cases;
        this.ledger = ledger;
        this.clock = clock;
    }

    /** What the office records of an evaluation, with the items it reopens. */
    public record EvaluationRecord(UUID caseId, Rating rating, String conclusion, LocalDate evaluatedOn,
            OffsetDateTime fedBackToOrganizationAt, OffsetDateTime fedBackToDisciplineBodyAt,
            OffsetDateTime copiedToLeaderInChargeAt, List<Ledger.Reopening> reopenItems) {
    }

    @Transactional
    public SupervisionCampaign create(String name, LocalDate startsOn, LocalDate endsOn, String scope, Caller caller) {
        SupervisionCampaign campaign = new SupervisionCampaign(name, startsOn, endsOn, scope, caller.userId(),
                OffsetDateTime.now(clock));
        entityManager.persist(campaign);
        return campaign;
    }

    public SupervisionCampaign get(UUID id) {
        SupervisionCampaign campaign = entityManager.find(SupervisionCampaign.class, id);
        if (campaign == null) {
            throw new NotFound("Supervision campaign", id);
        }
        return campaign;
    }

    /** Campaigns, newest first. */
    public Page<SupervisionCampaign> list(String cursor, int limit) {
        String query = "select s from SupervisionCampaign s"
                + (cursor == null ? "" : " where s.id < :before") + " order by s.id desc";
        var rows = entityManager.createQuery(query, SupervisionCampaign.class).setMaxResults(limit + 1);
        if (cursor != null) {
            rows.setParameter("before", Cursor.decode(cursor, 1).id(0));
        }
        return Page.of(rows.getResultList(), limit, found -> Cursor.of(found.id()));
    }

    /**
     * Records a campaign's evaluation of a case, once per case and campaign, and reopens the items
     * it found back ({@code LedgerItemReopened} for each).
     */
    @Transactional
    public SupervisionEvaluation evaluate(UUID campaignId, EvaluationRecord evaluation, Caller caller) {
        SupervisionCampaign campaign = get(campaignId);
        RectificationCase evaluated = cases.get(evaluation.caseId(), caller);
        evaluated.requireSignedOff("be evaluated by a supervision campaign");
        long existing = entityManager.createQuery("""
                        select count(e) from SupervisionEvaluation e where e.campaignId = :campaign and e.caseId = :case""",
                        Long.class)
                .setParameter("campaign", campaignId).setParameter("case", evaluated.id()).getSingleResult();
        if (existing > 0) {
            throw new Duplicate("Campaign " + campaign.name() + " has already evaluated case " + evaluated.id());
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        SupervisionEvaluation recorded = new SupervisionEvaluation(campaignId, evaluated.id(), evaluation.rating(),
                evaluation.conclusion(), evaluation.evaluatedOn(), evaluation.fedBackToOrganizationAt(),
                evaluation.fedBackToDisciplineBodyAt(), evaluation.copiedToLeaderInChargeAt(),
                evaluation.reopenItems().size(), caller.userId(), now);
        ledger.reopen(evaluated, evaluation.reopenItems(), "reopenItems", "SUPERVISION:" + recorded.id(),
                caller.userId(), now);
        entityManager.persist(recorded);
        return recorded;
    }

    /** A campaign's evaluations of the cases the caller may see. */
    public List<SupervisionEvaluation> evaluations(UUID campaignId, Caller caller) {
        get(campaignId);
        return entityManager.createQuery("select e from SupervisionEvaluation e where e.campaignId = :campaign "
                        + "order by e.id", SupervisionEvaluation.class)
                .setParameter("campaign", campaignId).getResultList().stream()
                .filter(evaluation -> CaseScope.seesAll(caller) || isVisible(evaluation.caseId(), caller))
                .toList();
    }

    private boolean isVisible(UUID caseId, Caller caller) {
        try {
            cases.get(caseId, caller);
            return true;
        } catch (NotFound invisible) {
            return false;
        }
    }
}
