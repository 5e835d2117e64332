package org.xuncha.round.feedback;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.xuncha.platform.documents.OfficialDocument;
import org.xuncha.platform.security.Caller;
import org.xuncha.round.finding.CategoryGroups;
import org.xuncha.round.finding.Finding;
import org.xuncha.round.inspection.Inspection;
import org.xuncha.round.inspection.StationingPeriod;
import org.xuncha.round.inspection.Inspections;
import org.xuncha.round.planning.Planning;
import org.xuncha.round.planning.Round;
import org.xuncha.round.registry.Registry;
import org.xuncha.round.team.Teams;

/**
 * The feedback opinion (巡察反馈意见) as the team hands it to the organization: the findings fed back
 * with the rectification it calls for, and its three lists attached: the problem list (问题清单), the
 * secretary's list of persons and matters (书记点人点事清单) and the accountability list (追责问责清单).
 * Read by whoever may read the feedback.
 */
@ApplicationScoped
public class FeedbackOpinion {

    /** The titles of the attachments, in order. */
    public static final List<String> ATTACHMENTS = List.of("问题清单", "书记点人点事清单", "追责问责清单");

    private final Feedbacks feedbacks;
    private final Inspections inspections;
    private final Registry registry;
    private final Planning planning;
    private final Teams teams;
    private final CategoryGroups categoryGroups;
    private final Clock clock;

    public FeedbackOpinion(Feedbacks feedbacks, Inspections inspections, Registry registry, Planning planning,
            Teams teams, CategoryGroups categoryGroups, Clock clock) {
        this.feedbacks = feedbacks;
        this.inspections = inspections;
        this.registry = registry;
        this.planning = planning;
        this.teams = teams;
        this.categoryGroups = categoryGroups;
        this.clock = clock;
    }

    public OfficialDocument.Written of(UUID feedbackId, Caller caller) {
        Feedback feedback = feedbacks.get(feedbackId, caller);
        Inspection inspection = inspections.get(feedback.inspectionId());
        String organization = registry.get(inspection.organizationId()).name();
        Round round = planning.round(inspection.roundId());
        String term = planning.term(round.termId()).name();
        String team = teams.get(inspection.teamId()).name();
        List<Finding> findings = feedbacks.findingsOf(feedback);
        List<CategoryGroups.Group> groups = categoryGroups.of(findings);
        Map<String, String> categoryNames = CategoryGroups.names(groups);

        OfficialDocument.Builder document = OfficialDocument.titled(team + "关于巡察" + organization + "的反馈意见")
                .addressee(organization + "：")
                .paragraph("根据" + term + round.title() + "巡察工作部署，" + team + StationingPeriod.of(inspection, clock.getZone()) + "对" + organization
                        + "进行了巡察。现将巡察发现的问题和整改要求反馈如下。")
                .heading("一、巡察发现的主要问题")
                .paragraph("巡察发现问题" + findings.size() + "个，涉及" + categoryNames.size() + "个方面，详见附件1《"
                        + ATTACHMENTS.get(0) + "》。");
        int section = 0;
        for (CategoryGroups.Group group : groups) {
            section++;
            document.subheading("（" + OfficialDocument.numeral(section) + "）" + group.category().name());
            int number = 0;
            for (Finding finding : group.findings()) {
                document.paragraph(++number + "．" + finding.description());
            }
        }
        document.heading("二、书记点人点事和追责问责")
                .paragraph("巡察组向" + organization + "党组织书记点人点事" + feedback.secretaryPoints().size()
                        + "项，详见附件2；提出追责问责事项" + feedback.accountabilityPoints().size() + "项，详见附件3。")
                .heading("三、整改要求")
                .paragraph("请" + organization + "切实履行巡察整改主体责任，党组织书记履行第一责任人职责，对照问题清单、书记点人点事清单"
                        + "和追责问责清单逐项制定整改措施，明确责任人和整改时限，能立行立改的立行立改，需限期整改的限期整改，"
                        + "需长期坚持的建章立制、长期坚持。")
                .paragraph("整改方案、整改报告按规定时限报送巡察工作领导小组办公室，整改报告由党组织书记签字并作出真实性承诺；"
                        + "整改情况按规定在党内和社会公开。")
                .signed(team, day(feedback.issuedAt()))
                .attachment(ATTACHMENTS.get(0), list -> list.table(List.of("序号", "问题类别", "问题描述", "涉及金额（元）"),
                        problemRows(findings, categoryNames)))
                .attachment(ATTACHMENTS.get(1), list -> points(list, feedback.secretaryPoints()))
                .attachment(ATTACHMENTS.get(2), list -> points(list, feedback.accountabilityPoints()));
        return new OfficialDocument.Written(organization + "巡察反馈意见.docx", document.write());
    }

    private static List<List<String>> problemRows(List<Finding> findings, Map<String, String> categoryNames) {
        List<List<String>> rows = new ArrayList<>();
        for (Finding finding : findings) {
            BigDecimal money = finding.moneyInvolved();
            rows.add(List.of(Integer.toString(rows.size() + 1),
                    categoryNames.getOrDefault(finding.categoryCode(), finding.categoryCode()), finding.description(),
                    money == null ? "" : money.toPlainString()));
        }
        return rows;
    }

    private static void points(OfficialDocument.Attachment list, List<FeedbackPoint> points) {
        if (points.isEmpty()) {
            list.plain("无。");
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        for (FeedbackPoint point : points) {
            rows.add(List.of(Integer.toString(rows.size() + 1), point.persons() == null ? "" : point.persons(),
                    point.matter()));
        }
        list.table(List.of("序号", "涉及人员", "事项"), rows);
    }

    private LocalDate day(OffsetDateTime at) {
        return at.atZoneSameInstant(clock.getZone()).toLocalDate();
    }
}
