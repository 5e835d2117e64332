package org.xuncha.rectification.cases.rest;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.xuncha.rectification.cases.CaseState;
import org.xuncha.rectification.cases.Leader;
import org.xuncha.rectification.cases.ListPoint;
import org.xuncha.rectification.cases.RectificationCase;

@Schema(name = "RectificationCase", description = "The rectification of one inspection's findings")
public record CaseView(
        UUID id, UUID inspectionId, UUID feedbackId,
        UUID organizationId, @Schema(example = "城关镇党委") String organizationName, String organizationType,
        UUID parentOrganizationId, String parentOrganizationName, String disciplineBody,
        LeaderView principalLeader, LeaderView leaderInCharge,
        UUID termId, UUID roundId, @Schema(example = "第10轮") String roundTitle, String teamName,
        OffsetDateTime fedBackAt, List<PointView> secretaryPoints, List<PointView> accountabilityPoints,
        CaseState state, boolean overdue, boolean escalated, OffsetDateTime openedAt,
        @Schema(description = "Changes with every change of the case") long version) {

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

    public static CaseView of(RectificationCase found) {
        return new CaseView(found.id(), found.inspectionId(), found.feedbackId(), found.organizationId(),
                found.organizationName(), found.organizationType(), found.parentOrganizationId(),
                found.parentOrganizationName(), found.disciplineBody(), LeaderView.of(found.principalLeader()),
                LeaderView.of(found.leaderInCharge()), found.termId(), found.roundId(), found.roundTitle(),
                found.teamName(), found.fedBackAt(), PointView.of(found.secretaryPoints()),
                PointView.of(found.accountabilityPoints()), found.state(), found.overdue(), found.escalated(),
                found.openedAt(), found.version());
    }
}
