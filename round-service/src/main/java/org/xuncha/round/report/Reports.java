package org.xuncha.round.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.xuncha.platform.problem.Duplicate;
import org.xuncha.platform.problem.Forbidden;
import org.xuncha.platform.problem.IllegalTransition;
import org.xuncha.platform.problem.InvalidInput;
import org.xuncha.platform.problem.NotFound;
import org.xuncha.platform.security.Caller;
import org.xuncha.platform.security.Roles;
import org.xuncha.round.finding.Finding;
import org.xuncha.round.finding.FindingRepository;
import org.xuncha.round.finding.FindingState;
import org.xuncha.round.inspection.Inspection;
import org.xuncha.round.inspection.InspectionState;
import org.xuncha.round.inspection.Inspections;
import org.xuncha.round.planning.Planning;
import org.xuncha.round.team.TeamAccess;

/** Inspection and topic reports, their approval by the leadership, and recommendations. */
@ApplicationScoped
public class Reports {

    private final ReportRepository reports;
    private final EntityManager entityManager;
    private final FindingRepository findings;
    private final Inspections inspections;
    private final Planning planning;
    private final TeamAccess teamAccess;
    private final Clock clock;

    public Reports(ReportRepository reports, EntityManager entityManager, FindingRepository findings,
            Inspections inspections, Planning planning, TeamAccess teamAccess, Clock clock) {
        this.reports = reports;
        this.entityManager = entityManager;
        this.findings = findings;
        this.inspections = inspections;
        this.planning = planning;
        this.teamAccess = teamAccess;
        this.clock = clock;
    }

    /** The team's leader drafts the inspection report once the team has withdrawn. */
    @Transactional
    public Report draftInspectionReport(UUID inspectionId, String title, String body, Caller caller) {
        Inspection inspection = inspections.namedFor(inspectionId, caller);
        if (!teamAccess.leads(inspection.teamId(), caller)) {
            throw new Forbidden("The team's leader drafts the inspection report");
        }
        inspection.requireState(InspectionState.REPORTING, "be reported on");
        if (reports.inspectionReportOf(inspectionId).isPresent()) {
            throw new Duplicate("The inspection already has its report");
        }
        Report report = new Report(ReportKind.INSPECTION, inspection.roundId(), inspectionId, title, body,
                caller.userId(), now());
        reports.persist(report);
        return report;
    }

    /** A topic report (专题报告) of a round, by the office. */
    @Transactional
    public Report draftTopicReport(UUID roundId, String title, String body, Caller caller) {
        if (planning.findRound(roundId).isEmpty()) {
            throw InvalidInput.of("roundId", "names no round");
        }
        Report report = new Report(ReportKind.TOPIC, roundId, null, title, body, caller.userId(), now());
        reports.persist(report);
        return report;
    }

    @Transactional
    public Report revise(UUID id, String title, String body, Caller caller) {
        Report report = get(id, caller);
        requireAuthor(report, caller);
        report.revise(title, body);
        return report;
    }

    /** Submits the report to the leadership; an inspection report takes the confirmed findings. */
    @Transactional
    public Report submit(UUID id, Caller caller) {
        Report report = get(id, caller);
        requireAuthor(report, caller);
        List<UUID> confirmed = report.kind() == ReportKind.INSPECTION
                ? findings.ofInspection(report.inspectionId(), FindingState.CONFIRMED).stream().map(Finding::id).toList()
                : List.of();
        report.submit(confirmed, now());
        return report;
    }

    @Transactional
    public Report approve(UUID id, Caller caller) {
        Report report = get(id, caller);
        requireLeadership(caller);
        report.approve(caller.userId(), now());
        return report;
    }

    @Transactional
    public Report sendBack(UUID id, String reason, Caller caller) {
        Report report = get(id, caller);
        requireLeadership(caller);
        report.sendBack(reason, caller.userId(), now());
        return report;
    }

    /** A recommendation of an approved report to a named department. */
    @Transactional
    public Recommendation recommend(UUID reportId, String department, String content, Caller caller) {
        Report report = get(reportId, caller);
        if (!report.isApproved()) {
            throw new IllegalTransition("Report", reportId, report.state(), "issue recommendations");
        }
        Recommendation recommendation = new Recommendation(reportId, department, content, now(), caller.userId());
        entityManager.persist(recommendation);
        return recommendation;
    }

    public List<Recommendation> recommendationsOf(UUID reportId) {
        return entityManager.createQuery("from Recommendation where reportId = :report order by issuedAt",
                Recommendation.class).setParameter("report", reportId).getResultList();
    }

    /** The report, if the caller may see it: the office and leadership; the team, its inspection report. */
    public Report get(UUID id, Caller caller) {
        return reports.findByIdOptional(id).filter(report -> mayRead(report, caller))
                .orElseThrow(() -> new NotFound("Report", id));
    }

    public Optional<Report> inspectionReportOf(UUID inspectionId) {
        return reports.inspectionReportOf(inspectionId);
    }

    /** The reports of a round the caller may see. */
    public List<Report> ofRound(UUID roundId, Caller caller) {
        return reports.list("roundId = ?1 order by draftedAt", roundId).stream()
                .filter(report -> mayRead(report, caller)).toList();
    }

    private boolean mayRead(Report report, Caller caller) {
        if (caller.hasAnyRole(Roles.OFFICE, Roles.LEADERSHIP)) {
            return true;
        }
        return report.inspectionId() != null
                && teamAccess.isOnTeam(inspections.get(report.inspectionId()).teamId(), caller);
    }

    private void requireAuthor(Report report, Caller caller) {
        boolean author = report.kind() == ReportKind.INSPECTION
                ? teamAccess.leads(inspections.get(report.inspectionId()).teamId(), caller)
                : caller.hasRole(Roles.OFFICE);
        if (!author) {
            throw new Forbidden(report.kind() == ReportKind.INSPECTION
                    ? "The team's leader writes and submits the inspection report"
                    : "The office writes and submits topic reports");
        }
    }

    private static void requireLeadership(Caller caller) {
        if (!caller.hasRole(Roles.LEADERSHIP)) {
            throw new Forbidden("The leadership group (巡察工作领导小组) hears and approves reports");
        }
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
