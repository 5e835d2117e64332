package org.xuncha.round.briefing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.xuncha.platform.problem.IllegalTransition;
import org.xuncha.platform.problem.InvalidInput;
import org.xuncha.round.inspection.InspectionState;

/** The rules of the daily briefing on the aggregate, without a database. */
class BriefingRulesTest {

    private static final LocalDate STATIONED_ON = LocalDate.of(2026, 3, 2);
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 5);
    private final UUID finance = UUID.randomUUID();
    private final UUID petitions = UUID.randomUUID();

    @Test
    void aBriefingIsHeldOnlyWhileTheTeamIsStationed() {
        for (InspectionState state : List.of(InspectionState.PREPARING, InspectionState.REPORTING)) {
            assertThatThrownBy(() -> hold(state, TODAY, List.of(entry(finance))))
                    .isInstanceOf(IllegalTransition.class).hasMessageContaining(state.name());
        }
        assertThat(hold(InspectionState.STATIONED, TODAY, List.of(entry(finance))).heldOn()).isEqualTo(TODAY);
    }

    @Test
    void aBriefingIsOfADayOfStationingUpToToday() {
        assertRefused(() -> hold(InspectionState.STATIONED, STATIONED_ON.minusDays(1), List.of(entry(finance))), "heldOn");
        assertRefused(() -> hold(InspectionState.STATIONED, TODAY.plusDays(1), List.of(entry(finance))), "heldOn");
        assertThat(hold(InspectionState.STATIONED, STATIONED_ON, List.of(entry(finance))).heldOn()).isEqualTo(STATIONED_ON);
    }

    @Test
    void aBriefingRecordsOneToTwentyEntries() {
        assertRefused(() -> hold(InspectionState.STATIONED, TODAY, List.of()), "entries");
        assertRefused(() -> hold(InspectionState.STATIONED, TODAY, Collections.nCopies(21, entry(null))), "entries");
        assertThat(hold(InspectionState.STATIONED, TODAY, Collections.nCopies(20, entry(null))).entries()).hasSize(20);
    }

    @Test
    void eachEntryNamesASubGroupOfTheTeamOnce() {
        assertRefused(() -> hold(InspectionState.STATIONED, TODAY, List.of(entry(finance), entry(UUID.randomUUID()))),
                "entries[1].subGroupId");
        assertRefused(() -> hold(InspectionState.STATIONED, TODAY, List.of(entry(finance), entry(petitions), entry(finance))),
                "entries[2].subGroupId");
        assertThat(hold(InspectionState.STATIONED, TODAY, List.of(entry(finance), entry(petitions), entry(null))).entries())
                .hasSize(3);
    }

    private DailyBriefing hold(InspectionState state, LocalDate day, List<BriefingEntry> entries) {
        BriefingFacts facts = new BriefingFacts(UUID.randomUUID(), UUID.randomUUID(), state, STATIONED_ON, TODAY,
                Set.of(finance, petitions));
        return DailyBriefing.hold(facts, day, "碰头会", entries, "leader", OffsetDateTime.now());
    }

    private static BriefingEntry entry(UUID subGroup) {
        return new BriefingEntry(subGroup, "发现招待费无公函报销");
    }

    private static void assertRefused(Runnable attempt, String field) {
        assertThatThrownBy(attempt::run).isInstanceOfSatisfying(InvalidInput.class,
                refused -> assertThat(refused.errors().get(0).field()).isEqualTo(field));
    }
}
