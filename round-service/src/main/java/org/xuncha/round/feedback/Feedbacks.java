package org.xuncha.round.feedback;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.xuncha.contract.EventTypes;
import org.xuncha.contract.OrganizationRef;
import org.xuncha.contract.round.FeedbackIssued;
import org.xuncha.platform.operations.CommitCounters;
import org.xuncha.platform.operations.CommitCounters.CommitCounter;
import org.xuncha.platform.outbox.Outbox;
import org.xuncha.platform.security.Caller;
import org.xuncha.platform.security.Roles;
import org.xuncha.platform.problem.Conflict;
import org.xuncha.platform.problem.Forbidden;
import org.xuncha.platform.problem.NotFound;
import org.xuncha.round.finding.Finding;
import org.xuncha.round.finding.FindingCategory;
import org.xuncha.round.finding.FindingCategoryRepository;
import org.xuncha.round.finding.FindingRepository;
import org.xuncha.round.inspection.Inspection;
import org.xuncha.round.inspection.Inspections;
import org.xuncha.round.planning.Planning;
import org.xuncha.round.planning.Round;
import org.xuncha.round.registry.Organization;
import org.xuncha.round.report.Report;
import org.xuncha.round.report.Reports;
import org.xuncha.round.registry.Registry;
import org.xuncha.round.team.Team;
import org.xuncha.round.team.TeamAccess;
import org.xuncha.round.team.Teams;

/** Issuing feedback, and with it the event that opens the organization's rectification case. */
@ApplicationScoped
public class Feedbacks {

    private final FeedbackRepository feedbacks;
    private final FindingRepository findings;
    private final FindingCategoryRepository categories;
    private final Inspections inspections;
    private final Registry registry;
    private final Planning planning;
    private final Teams teams;
    private final Reports reports;
    private final Outbox outbox;
    private final TeamAccess teamAccess;
    private final Clock clock;
    private final CommitCounter issuedCount;

    public Feedbacks(FeedbackRepository feedbacks, FindingRepository findings, FindingCategoryRepository categories,
            Inspections inspections, Registry registry, Planning planning, Teams teams, Reports reports, Outbox outbox,
            TeamAccess teamAccess, Clock clock, CommitCounters counters) {
        this.feedbacks = feedbacks;
        this.findings = findings;
        this.categories = categories;
        this.inspections = inspections;
        this.registry = registry;
        this.planning = planning;
        this.teams = teams;
        this.reports = reports;
        this.outbox = outbox;
        this.teamAccess = teamAccess;
        this.clock = clock;
        this.issuedCount = counters.counter("xuncha.feedback.issued", "Feedback issued to inspected organizations");
    }

    /**
     * Feeds the findings of the inspection's approved report back to its organization (清单式反馈):
     * the inspection moves to FED_BACK, each finding to FED_BACK, and {@code FeedbackIssued} is
     * written to the outbox in the same transaction. By the office, or by the leader of the team
     * that inspected; to anyone else's team the inspection does not exist.
     */
    @Transactional
    public Feedback issue(UUID inspectionId, List<FeedbackPoint> secretaryPoints,
            List<FeedbackPoint> accountabilityPoints, Caller caller) {
        Inspection inspection = inspections.namedFor(inspectionId, caller);
        if (!caller.hasRole(Roles.OFFICE) && !teamAccess.leads(inspection.teamId(), caller)) {
            throw new Forbidden("The office or the team's leader issues feedback");
        }
        String issuedBy = caller.userId();
        OffsetDateTime now = OffsetDateTime.now(clock);
        inspection.feedBack(now);
        Report report = reports.inspectionReportOf(inspectionId).filter(Report::isApproved).orElseThrow(() ->
                new Conflict("report-not-approved", "Inspection " + inspectionId
                        + " has no inspection report approved by the leadership group; feedback follows approval"));
        List<Finding> fedBack = findings.all(report.findingIds());
        if (fedBack.isEmpty()) {
            throw new Conflict("nothing-to-feed-back",
                    "The approved report of inspection " + inspectionId + " lists no confirmed findings to feed back");
        }
        fedBack.forEach(finding -> finding.feedBack(now));
        Feedback feedback = new Feedback(inspectionId, now, issuedBy, secretaryPoints, accountabilityPoints);
        feedbacks.persist(feedback);
        Organization organization = registry.get(inspection.organizationId());
        outbox.enqueue(EventTypes.FEEDBACK_ISSUED, organization.id().toString(),
                issued(feedback, inspection, organization, fedBack));
        feedbacks.flush();
        issuedCount.increment();
        return feedback;
    }

    /** The inspection's feedback, if the caller may read the inspection's work; none otherwise. */
    public Optional<Feedback> ofInspection(UUID inspectionId, Caller caller) {
        return feedbacks.ofInspection(inspectionId).filter(feedback -> mayRead(feedback, caller));
    }

    /** The feedback; one of another team's inspections does not exist for the caller. */
    public Feedback get(UUID id, Caller caller) {
        return feedbacks.findByIdOptional(id).filter(feedback -> mayRead(feedback, caller))
                .orElseThrow(() -> new NotFound("Feedback", id));
    }

    private boolean mayRead(Feedback feedback, Caller caller) {
        return teamAccess.mayRead(inspections.get(feedback.inspectionId()).teamId(), caller);
    }

    /** The findings a feedback carried: those of the approved inspection report. */
    public List<Finding> findingsOf(Feedback feedback) {
        return reports.inspectionReportOf(feedback.inspectionId()).map(report -> findings.all(report.findingIds()))
                .orElse(List.of());
    }

    private FeedbackIssued issued(Feedback feedback, Inspection inspection, Organization organization,
            List<Finding> fedBack) {
        Round round = planning.round(inspection.roundId());
        Team team = teams.get(inspection.teamId());
        String parentName = organization.parentId() == null ? null
                : registry.find(organization.parentId()).map(Organization::name).orElse(null);
        Map<String, FindingCategory> byCode = categories.list("code in ?1",
                        fedBack.stream().map(Finding::categoryCode).distinct().toList()).stream()
                .collect(Collectors.toMap(FindingCategory::code, Function.identity()));
        return new FeedbackIssued(
                feedback.id(),
                inspection.id(),
                new FeedbackIssued.Round(round.id(), round.termId(), round.number(), round.kind().name(), round.title()),
                new FeedbackIssued.Team(team.id(), team.name()),
                new OrganizationRef(organization.id(), organization.name(), organization.type().name(),
                        organization.parentId(), parentName, organization.disciplineBody()),
                organization.principalLeader() == null ? null : organization.principalLeader().toOfficial(),
                organization.leaderInCharge() == null ? null : organization.leaderInCharge().toOfficial(),
                feedback.issuedAt(),
                fedBack.stream().map(finding -> new FeedbackIssued.Finding(finding.id(), finding.categoryCode(),
                        byCode.get(finding.categoryCode()).name(), finding.description(), finding.moneyInvolved()))
                        .toList(),
                feedback.secretaryPoints().stream().map(point -> new FeedbackIssued.Point(point.persons(), point.matter()))
                        .toList(),
                feedback.accountabilityPoints().stream()
                        .map(point -> new FeedbackIssued.Point(point.persons(), point.matter())).toList());
    }
}
