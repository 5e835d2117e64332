package org.xuncha.round.report;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.xuncha.platform.documents.OfficialDocument;
import org.xuncha.platform.security.Caller;
import org.xuncha.round.finding.CategoryGroups;
import org.xuncha.round.finding.Finding;
import org.xuncha.round.finding.FindingRepository;
import org.xuncha.round.finding.FindingState;
import org.xuncha.round.inspection.Inspection;
import org.xuncha.round.inspection.StationingPeriod;
import org.xuncha.round.inspection.Inspections;
import org.xuncha.round.planning.Planning;
import org.xuncha.round.planning.Round;
import org.xuncha.round.registry.Registry;
import org.xuncha.round.team.Teams;

/**
 * The skeleton of an inspection report (巡察报告) that the team's leader fills in: the headings an
 * office expects, with the inspection's confirmed findings under "发现的主要问题", grouped by category in
 * the taxonomy's order, and a placeholder where the team writes its own text. Once the report is
 * submitted the findings are those it lists; before, those confirmed so far (drafts are left out).
 * Read by whoever may read the inspection's findings.
 */
@ApplicationScoped
public class ReportSkeleton {

    /** What the team is to write where the skeleton cannot: left in the document in brackets. */
    public static final String TO_WRITE = "【巡察组填写】";

    private final Inspections inspections;
    private final Reports reports;
    private final FindingRepository findings;
    private final CategoryGroups categoryGroups;
    private final Registry registry;
    private final Planning planning;
    private final Teams teams;
    private final Clock clock;

    public ReportSkeleton(Inspections inspections, Reports reports, FindingRepository findings,
            CategoryGroups categoryGroups, Registry registry, Planning planning, Teams teams, Clock clock) {
        this.inspections = inspections;
        this.reports = reports;
        this.findings = findings;
        this.categoryGroups = categoryGroups;
        this.registry = registry;
        this.planning = planning;
        this.teams = teams;
        this.clock = clock;
    }

    public OfficialDocument.Written of(UUID inspectionId, Caller caller) {
        Inspection inspection = inspections.get(inspectionId, caller);
        String organization = registry.get(inspection.organizationId()).name();
        Round round = planning.round(inspection.roundId());
        String term = planning.term(round.termId()).name();
        String team = teams.get(inspection.teamId()).name();
        List<Finding> reported = confirmed(inspection);
        List<CategoryGroups.Group> groups = categoryGroups.of(reported);

        OfficialDocument.Builder document = OfficialDocument.titled("关于对" + organization + "巡察情况的报告")
                .addressee("巡察工作领导小组：")
                .paragraph("根据" + term + round.title() + "巡察工作部署，" + team + StationingPeriod.of(inspection, clock.getZone()) + "对" + organization
                        + "进行了巡察。现将巡察情况报告如下。")
                .heading("一、巡察工作开展情况")
                .paragraph(TO_WRITE + "巡察组进驻、个别谈话、受理信访、调阅资料、走访调研等情况。")
                .heading("二、被巡察党组织的基本情况")
                .paragraph(TO_WRITE + "被巡察党组织的职能、机构、班子和党员队伍情况，取得的主要成绩。")
                .heading("三、巡察发现的主要问题")
                .paragraph("巡察共发现问题" + reported.size() + "个，涉及" + groups.size() + "个方面。");
        int section = 0;
        for (CategoryGroups.Group group : groups) {
            document.subheading("（" + OfficialDocument.numeral(++section) + "）" + group.category().name() + "（"
                    + group.findings().size() + "个）");
            int number = 0;
            for (Finding finding : group.findings()) {
                document.paragraph(++number + "．" + finding.description()
                        + (finding.moneyInvolved() == null ? "" : "（涉及金额" + finding.moneyInvolved().toPlainString()
                        + "元）"));
            }
        }
        document.heading("四、问题线索移交情况")
                .paragraph(TO_WRITE + "受理和移交问题线索的情况。")
                .heading("五、意见建议")
                .paragraph(TO_WRITE + "对被巡察党组织的整改意见和对有关部门的建议。")
                .signed(team, LocalDate.now(clock));
        return new OfficialDocument.Written(organization + "巡察报告.docx", document.write());
    }

    private List<Finding> confirmed(Inspection inspection) {
        return reports.inspectionReportOf(inspection.id()).filter(report -> report.submittedAt() != null)
                .filter(report -> report.state() != ReportState.RETURNED)
                .map(report -> findings.all(report.findingIds()))
                .orElseGet(() -> findings.ofInspection(inspection.id()).stream()
                        .filter(finding -> finding.state() != FindingState.DRAFT).toList());
    }
}
