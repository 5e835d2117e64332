package org.xuncha.round.reporthearing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.xuncha.platform.problem.Conflict;
import org.xuncha.platform.problem.InvalidInput;

/** The rules of the leadership group's hearings, without a database. */
class BatchHearingsTest {

    private static final LocalDate ENDED = LocalDate.of(2026, 4, 15);
    private final UUID teamA = UUID.randomUUID();
    private final UUID teamB = UUID.randomUUID();

    @Test
    void aTeamIsHeardOnlyOnceItWithdrewFromAllItsInspections() {
        assertThatThrownBy(() -> hear(new TeamStationing(teamA, false, null), ENDED))
                .isInstanceOf(Conflict.class).hasMessageContaining("not yet withdrawn");
        assertThat(hear(new TeamStationing(teamA, true, ENDED), ENDED).heardOn()).isEqualTo(ENDED);
    }

    @Test
    void aHearingIsOnADayFromTheWithdrawalUpToToday() {
        TeamStationing withdrawn = new TeamStationing(teamA, true, ENDED);
        assertRefused(() -> hear(withdrawn, ENDED.minusDays(1)), "heardOn");
        assertRefused(() -> ReportHearing.record(UUID.randomUUID(), withdrawn, ENDED.plusDays(2), ENDED.plusDays(1), "王某",
                "同意", "office", OffsetDateTime.now()), "heardOn");
    }

    @Test
    void aBatchEndsWhenTheLastOfItsInspectionsWithdraws() {
        BatchHearings running = BatchHearings.of(List.of(new TeamStationing(teamA, true, ENDED.minusDays(3)),
                new TeamStationing(teamB, false, null)), Map.of(), ENDED.plusDays(30), 7);
        assertThat(running.endedOn()).isNull();
        assertThat(running.overdue()).isFalse();
        assertThat(BatchHearings.of(List.of(), Map.of(), ENDED, 7).endedOn()).isNull();

        BatchHearings ended = BatchHearings.of(List.of(new TeamStationing(teamA, true, ENDED.minusDays(3)),
                new TeamStationing(teamB, true, ENDED)), Map.of(), ENDED, 7);
        assertThat(ended.endedOn()).isEqualTo(ENDED);
        assertThat(ended.dueBy()).isEqualTo(ENDED.plusDays(7));
    }

    @Test
    void aBatchIsOverdueWhenATeamIsNotHeardWithinAWeekOfItsEnd() {
        List<TeamStationing> batch = List.of(new TeamStationing(teamA, true, ENDED), new TeamStationing(teamB, true, ENDED));
        Map<UUID, ReportHearing> onlyA = Map.of(teamA, hear(batch.get(0), ENDED.plusDays(7)));
        assertThat(BatchHearings.of(batch, onlyA, ENDED.plusDays(7), 7).overdue()).isFalse();
        BatchHearings late = BatchHearings.of(batch, onlyA, ENDED.plusDays(8), 7);
        assertThat(late.overdue()).isTrue();
        assertThat(late.teams()).extracting(BatchHearings.TeamStatus::late).containsExactly(false, true);
    }

    @Test
    void aBatchIsOverdueWhenATeamWasHeardAfterTheWeek() {
        List<TeamStationing> batch = List.of(new TeamStationing(teamA, true, ENDED));
        BatchHearings heardLate = BatchHearings.of(batch, Map.of(teamA, hear(batch.get(0), ENDED.plusDays(8))),
                ENDED.plusDays(30), 7);
        assertThat(heardLate.overdue()).isTrue();
        assertThat(heardLate.teams().get(0).heardOn()).isEqualTo(ENDED.plusDays(8));
        BatchHearings inTime = BatchHearings.of(batch, Map.of(teamA, hear(batch.get(0), ENDED.plusDays(2))),
                ENDED.plusDays(30), 7);
        assertThat(inTime.overdue()).isFalse();
    }

    private static ReportHearing hear(TeamStationing team, LocalDate on) {
        return ReportHearing.record(UUID.randomUUID(), team, on, on.plusDays(60), "县委巡察工作领导小组组长 王某", "同意报告",
                "office", OffsetDateTime.now());
    }

    private static void assertRefused(Runnable attempt, String field) {
        assertThatThrownBy(attempt::run).isInstanceOfSatisfying(InvalidInput.class,
                refused -> assertThat(refused.errors().get(0).field()).isEqualTo(field));
    }
}
