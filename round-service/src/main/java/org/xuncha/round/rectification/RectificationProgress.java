package org.xuncha.round.rectification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.UUID;
import org.xuncha.contract.rectification.CaseClosed;
import org.xuncha.contract.rectification.LedgerItemClosed;
import org.xuncha.contract.rectification.LedgerItemReopened;
import org.xuncha.contract.rectification.RectificationOverdue;
import org.xuncha.contract.rectification.RectificationReported;
import org.xuncha.contract.rectification.SignOffCompleted;
import org.xuncha.platform.problem.NotFound;
import org.xuncha.round.finding.Finding;
import org.xuncha.round.finding.FindingRepository;
import org.xuncha.round.finding.FindingState;
import org.xuncha.round.inspection.Inspection;
import org.xuncha.round.inspection.InspectionRepository;

/**
 * Round-service's side of rectification: what the rectification case's events mean for the
 * inspection and its findings, and what is kept of them for the figures. Each method runs in the
 * transaction that also records the event as applied.
 */
@ApplicationScoped
public class RectificationProgress {

    private final EntityManager entityManager;
    private final InspectionRepository inspections;
    private final FindingRepository findings;

    public RectificationProgress(EntityManager entityManager, InspectionRepository inspections,
            FindingRepository findings) {
        this.entityManager = entityManager;
        this.inspections = inspections;
        this.findings = findings;
    }

    /** The organization, its principal leader and its leader in charge all signed: rectification starts. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void signedOff(SignOffCompleted signOff) {
        Inspection inspection = inspection(signOff.inspectionId());
        follow(signOff.caseId(), inspection.id());
        entityManager.createNativeQuery("update followed_case set signed_off_at = :at where case_id = :case")
                .setParameter("at", signOff.completedAt()).setParameter("case", signOff.caseId()).executeUpdate();
        inspection.startRectifying();
        findings.ofInspection(inspection.id(), FindingState.FED_BACK).forEach(Finding::startRectifying);
    }

    /** The first rectification report: what was closed by then gives the rate "at first report". */
    @Transactional(Transactional.TxType.MANDATORY)
    public void reported(RectificationReported report) {
        follow(report.caseId(), inspection(report.inspectionId()).id());
        entityManager.createNativeQuery("""
                        update followed_case set first_reported_at = :at, items_fed_back_at_report = :fedBack,
                               items_closed_at_report = :closed
                         where case_id = :case and first_reported_at is null""")
                .setParameter("at", report.reportedAt()).setParameter("fedBack", report.itemsFedBack())
                .setParameter("closed", report.itemsClosed()).setParameter("case", report.caseId()).executeUpdate();
    }

    /** An item was verified and closed (对账销号): its finding is rectified. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void itemClosed(LedgerItemClosed closed) {
        follow(closed.caseId(), inspection(closed.inspectionId()).id());
        entityManager.createNativeQuery("""
                        insert into followed_item (item_id, case_id, inspection_id, finding_id, closed, closed_at,
                                                   money_recovered, rules_established, persons_held_accountable, overdue)
                        values (:item, :case, :inspection, :finding, true, :at, :money, :rules, :persons, false)
                        on conflict (item_id) do update set closed = true, closed_at = excluded.closed_at,
                               money_recovered = excluded.money_recovered, rules_established = excluded.rules_established,
                               persons_held_accountable = excluded.persons_held_accountable, overdue = false""")
                .setParameter("item", closed.itemId()).setParameter("case", closed.caseId())
                .setParameter("inspection", closed.inspectionId()).setParameter("finding", closed.findingId())
                .setParameter("at", closed.closedAt())
                .setParameter("money", closed.moneyRecovered() == null ? BigDecimal.ZERO : closed.moneyRecovered())
                .setParameter("rules", closed.rulesEstablished()).setParameter("persons", closed.personsHeldAccountable())
                .executeUpdate();
        if (closed.findingId() != null) {
            finding(closed.findingId()).rectified(closed.closedAt());
        }
    }

    /** A follow-up reopened a closed item: its finding is reopened. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void itemReopened(LedgerItemReopened reopened) {
        follow(reopened.caseId(), inspection(reopened.inspectionId()).id());
        entityManager.createNativeQuery("update followed_item set closed = false, closed_at = null where item_id = :item")
                .setParameter("item", reopened.itemId()).executeUpdate();
        if (reopened.findingId() != null) {
            finding(reopened.findingId()).reopen();
        }
    }

    /** A deadline of the case passed: an item's, or the sign-off's, the plan's or the report's. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void overdue(RectificationOverdue overdue) {
        follow(overdue.caseId(), inspection(overdue.inspectionId()).id());
        if ("ITEM".equals(overdue.what()) && overdue.itemId() != null) {
            entityManager.createNativeQuery("""
                            insert into followed_item (item_id, case_id, inspection_id, finding_id, closed, overdue)
                            values (:item, :case, :inspection, :finding, false, true)
                            on conflict (item_id) do update set overdue = not followed_item.closed""")
                    .setParameter("item", overdue.itemId()).setParameter("case", overdue.caseId())
                    .setParameter("inspection", overdue.inspectionId()).setParameter("finding", overdue.findingId())
                    .executeUpdate();
        } else {
            entityManager.createNativeQuery("""
                            insert into followed_overdue (case_id, what, due_at) values (:case, :what, :due)
                            on conflict do nothing""")
                    .setParameter("case", overdue.caseId()).setParameter("what", overdue.what())
                    .setParameter("due", overdue.dueAt()).executeUpdate();
        }
    }

    /** The case is closed: the inspection is closed (archived). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void caseClosed(CaseClosed closed) {
        Inspection inspection = inspection(closed.inspectionId());
        follow(closed.caseId(), inspection.id());
        entityManager.createNativeQuery("update followed_case set closed_at = :at where case_id = :case")
                .setParameter("at", closed.closedAt()).setParameter("case", closed.caseId()).executeUpdate();
        inspection.close();
    }

    private void follow(UUID caseId, UUID inspectionId) {
        entityManager.createNativeQuery(
                        "insert into followed_case (case_id, inspection_id) values (:case, :inspection) on conflict do nothing")
                .setParameter("case", caseId).setParameter("inspection", inspectionId).executeUpdate();
    }

    private Inspection inspection(UUID id) {
        return inspections.findByIdOptional(id).orElseThrow(() -> new NotFound("Inspection", id));
    }

    private Finding finding(UUID id) {
        return findings.findByIdOptional(id).orElseThrow(() -> new NotFound("Finding", id));
    }

}
