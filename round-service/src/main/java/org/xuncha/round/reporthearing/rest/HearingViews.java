package org.xuncha.round.reporthearing.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.xuncha.round.planning.Round;
import org.xuncha.round.reporthearing.BatchHearings;
import org.xuncha.round.reporthearing.ReportHearing;

/** What the hearings' endpoints answer. */
final class HearingViews {

    private HearingViews() {
    }

    @Schema(name = "ReportHearing", description = "The leadership group heard a team's report of a round")
    record HearingView(UUID id, UUID roundId, UUID teamId, @Schema(example = "2026-04-20") LocalDate heardOn,
            @Schema(example = "县委巡察工作领导小组组长 王某") String chairedBy,
            @Schema(example = "同意巡察组报告，问题线索按程序移交") String conclusions,
            @Schema(description = "Heard after its batch's week (or the batch has not ended yet: false)") boolean late,
            String recordedBy, OffsetDateTime recordedAt) {

        static HearingView of(ReportHearing hearing, BatchHearings batch) {
            boolean late = batch.teams().stream().anyMatch(team -> team.teamId().equals(hearing.teamId()) && team.late());
            return new HearingView(hearing.id(), hearing.roundId(), hearing.teamId(), hearing.heardOn(),
                    hearing.chairedBy(), hearing.conclusions(), late, hearing.recordedBy(), hearing.recordedAt());
        }
    }

    @Schema(name = "BatchHearings", description = "Whether the round's batch ended and each of its teams was heard "
            + "within a week (seed 004 §12)")
    record BatchView(UUID roundId, @Schema(example = "10") int number, @Schema(example = "2") Integer batch,
            @Schema(description = "The day the last inspection of the batch withdrew; absent while one is not withdrawn",
                    example = "2026-04-15") LocalDate endedOn,
            @Schema(description = "The last day to hear its teams", example = "2026-04-22") LocalDate dueBy,
            @Schema(description = "A team heard after dueBy, or not heard and dueBy is past") boolean overdue,
            List<TeamView> teams) {

        static BatchView of(Round round, BatchHearings hearings) {
            return new BatchView(round.id(), round.number(), round.batch(), hearings.endedOn(), hearings.dueBy(),
                    hearings.overdue(), hearings.teams().stream()
                            .map(t -> new TeamView(t.teamId(), t.hearingId(), t.heardOn(), t.late())).toList());
        }
    }

    @Schema(name = "BatchTeamHearing", description = "A team of the batch and its hearing")
    record TeamView(UUID teamId, UUID hearingId, LocalDate heardOn, boolean late) {
    }
}
