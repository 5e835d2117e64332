package org.xuncha.rectification.cases.rest;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.xuncha.rectification.cases.CaseState;
import org.xuncha.rectification.cases.Leader;
import org.xuncha.rectification.cases.ListPoint;
import org.xuncha.rectification.cases.RectificationCase;
import org.xuncha.rectification.delivery.Recipient;
import org.xuncha.rectification.delivery.rest.DeliveryView;
import org.xuncha.rectification.notification.rest.NotificationView;
import org.xuncha.rectification.report.NoticeChannel;
import org.xuncha.rectification.signoff.rest.SignatureView;

@Schema(name = "RectificationCase", description = "The rectification of one inspection's findings")
public record CaseView(
        UUID id, UUID inspectionId, UUID feedbackId,
        UUID organizationId, @Schema(example = "城关镇党委") String organizationName,
        @Schema(example = "TOWNSHIP") String organizationType,
        UUID parentOrganizationId, String parentOrganizationName,
        @Schema(example = "县纪委监委第三监督检查室") String disciplineBody,
        LeaderView principalLeader, LeaderView leaderInCharge,
        UUID termId, UUID roundId, @Schema(example = "第10轮") String roundTitle, UUID teamId,
        @Schema(example = "第一巡察组") String teamName,
        @Schema(description = "The office's number of the inspection, for a case of an earlier round entered by a history "
                + "import; its ledger is imported by it (POST /imports/ledgers)", example = "QH-1-01") String inspectionNumber,
        @Schema(description = "A case of an earlier round: its ledger is imported and its deadlines are a record, never "
                + "flagged as overdue") boolean historical,
        OffsetDateTime fedBackAt, List<PointView> secretaryPoints, List<PointView> accountabilityPoints,
        CaseState state,
        @Schema(description = "Something of the case is past its deadline now") boolean overdue,
        @Schema(description = "An admonishment or accountability record concerns the case") boolean escalated,
        OffsetDateTime openedAt, OffsetDateTime updatedAt,
        @Schema(description = "When each step is due; fixed from the feedback when the case opened") Deadlines deadlines,
        @Schema(description = "Whom the feedback goes to (双反馈 and its copies)") List<Recipient> recipients,
        List<DeliveryView> deliveries,
        @Schema(description = "The triple sign-off so far (三签收)") List<SignatureView> signatures,
        OffsetDateTime signedOffAt,
        @Schema(description = "The notifications (一通报) and their acknowledgements") List<NotificationView> notifications,
        @Schema(description = "Absent until the organization submits it") PlanView plan,
        @Schema(description = "Absent until the organization submits it") ReportView report,
        @Schema(description = "Absent until recorded") PublicNoticeView publicNotice,
        OffsetDateTime verifyingAt, OffsetDateTime closedAt,
        @Schema(description = "How often a follow-up or supervision reopened the case after it closed") int reopenedCount,
        @Schema(description = "Changes with every change of the case; the ETag is this number, quoted") long version) {

    @Schema(name = "CaseLeader", description = "A leader the case addresses")
    public record LeaderView(String userId, @Schema(example = "王建国") String name, @Schema(example = "党委书记") String post) {

        static LeaderView of(Leader leader) {
            return leader == null ? null : new LeaderView(leader.userId(), leader.name(), leader.post());
        }
    }

    @Schema(name = "ListPoint", description = "A point of the secretary's list or the accountability list")
    public record PointView(String persons, String matter) {

        static List<PointView> of(List<ListPoint> points) {
            return points.stream().map(point -> new PointView(point.persons(), point.matter())).toList();
        }
    }

    @Schema(name = "CaseDeadlines", description = "When the sign-off, the plan and the report are due")
    public record Deadlines(OffsetDateTime signOff, OffsetDateTime plan, OffsetDateTime report) {
    }

    @Schema(name = "RectificationPlan", description = "The organization's rectification plan (整改方案)")
    public record PlanView(String content, OffsetDateTime submittedAt, String submittedBy,
            @Schema(description = "1 for the first submission, more for revisions") int revision) {
    }

    @Schema(name = "RectificationReport", description = "The organization's rectification report (整改报告)")
    public record ReportView(String summary, OffsetDateTime reportedAt, String signedByUserId,
            @Schema(example = "王建国") String signedByName,
            @Schema(description = "The secretary committed that the report is true (真实性承诺)") boolean truthfulnessCommitment,
            @Schema(description = "Items fed back when the report came in") int itemsFedBack,
            @Schema(description = "Of those, closed when the report came in: the rate at the first report") int itemsClosed) {
    }

    @Schema(name = "PublicNotice", description = "How the organization made its rectification public")
    public record PublicNoticeView(NoticeChannel channel, OffsetDateTime noticeAt, String scope) {
    }

    public static CaseView of(RectificationCase found) {
        return new CaseView(found.id(), found.inspectionId(), found.feedbackId(), found.organizationId(),
                found.organizationName(), found.organizationType(), found.parentOrganizationId(),
                found.parentOrganizationName(), found.disciplineBody(), LeaderView.of(found.principalLeader()),
                LeaderView.of(found.leaderInCharge()), found.termId(), found.roundId(), found.roundTitle(),
                found.teamId(), found.teamName(), found.inspectionNumber(), found.historical(), found.fedBackAt(), PointView.of(found.secretaryPoints()),
                PointView.of(found.accountabilityPoints()), found.state(), found.overdue(), found.escalated(),
                found.openedAt(), found.updatedAt(),
                new Deadlines(found.signOffDueAt(), found.planDueAt(), found.reportDueAt()), found.recipients(),
                found.deliveries().stream().map(DeliveryView::of).toList(),
                found.signatures().stream().map(SignatureView::of).toList(), found.signedOffAt(),
                found.notifications().stream().map(NotificationView::of).toList(),
                found.planSubmittedAt() == null ? null : new PlanView(found.planContent(), found.planSubmittedAt(),
                        found.planSubmittedBy(), found.planRevision()),
                found.reportedAt() == null ? null : new ReportView(found.reportSummary(), found.reportedAt(),
                        found.reportSignedByUserId(), found.reportSignedByName(), true, found.reportItemsFedBack(),
                        found.reportItemsClosed()),
                found.publicNoticeAt() == null ? null : new PublicNoticeView(found.publicNoticeChannel(),
                        found.publicNoticeAt(), found.publicNoticeScope()),
                found.verifyingAt(), found.closedAt(), found.reopenedCount(), found.version());
    }
}
