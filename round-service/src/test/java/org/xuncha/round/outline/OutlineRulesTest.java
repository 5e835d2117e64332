package org.xuncha.round.outline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.xuncha.platform.problem.Conflict;
import org.xuncha.platform.problem.IllegalTransition;
import org.xuncha.platform.problem.InvalidInput;
import org.xuncha.round.evidence.IntervieweeCategory;
import org.xuncha.round.inspection.InspectionState;

/** The rules of interview outlines on the aggregate, without a database. */
class OutlineRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 4);
    private static final LocalDate INTERVIEW = LocalDate.of(2026, 3, 10);
    private final UUID inspection = UUID.randomUUID();

    @Test
    void aPersonalOutlineNamesItsIntervieweeAndADayNotPast() {
        assertRefused(() -> personal(" ", INTERVIEW, InspectionState.STATIONED), "interviewee");
        assertRefused(() -> personal("张某", null, InspectionState.STATIONED), "interviewOn");
        assertRefused(() -> personal("张某", TODAY.minusDays(1), InspectionState.STATIONED), "interviewOn");
        assertThat(personal("张某", TODAY, InspectionState.PREPARING).handoverDueBy()).isEqualTo(TODAY.minusDays(3));
    }

    @Test
    void outlinesAreDraftedOnlyBeforeTheTeamWithdraws() {
        assertThatThrownBy(() -> personal("张某", INTERVIEW, InspectionState.REPORTING))
                .isInstanceOf(IllegalTransition.class).hasMessageContaining("REPORTING");
        assertThatThrownBy(() -> InterviewOutline.common(inspection, UUID.randomUUID(), InspectionState.FED_BACK, "共性提纲",
                "内容", "leader", OffsetDateTime.now())).isInstanceOf(IllegalTransition.class);
    }

    @Test
    void aHandoverLessThanThreeDaysBeforeTheInterviewIsFlaggedNotRefused() {
        InterviewOutline inTime = personal("张某", INTERVIEW, InspectionState.STATIONED);
        inTime.handOver(INTERVIEW.minusDays(3), "刘某", INTERVIEW);
        assertThat(inTime.handedOverLate(INTERVIEW)).isFalse();

        InterviewOutline late = personal("李某", INTERVIEW, InspectionState.STATIONED);
        late.handOver(INTERVIEW.minusDays(2), "刘某", INTERVIEW);
        assertThat(late.handedOverLate(INTERVIEW)).isTrue();
        assertThat(late.handedOverOn()).isEqualTo(INTERVIEW.minusDays(2));
    }

    @Test
    void anOutlineNotHandedOverByItsDueDayIsLate() {
        InterviewOutline outline = personal("张某", INTERVIEW, InspectionState.STATIONED);
        assertThat(outline.handedOverLate(INTERVIEW.minusDays(3))).isFalse();
        assertThat(outline.handedOverLate(INTERVIEW.minusDays(2))).isTrue();
    }

    @Test
    void anOutlineIsHandedOverOnceAndNotInTheFuture() {
        InterviewOutline outline = personal("张某", INTERVIEW, InspectionState.STATIONED);
        assertRefused(() -> outline.handOver(TODAY.plusDays(1), "刘某", TODAY), "handedOverOn");
        outline.handOver(TODAY, "刘某", TODAY);
        assertThatThrownBy(() -> outline.handOver(TODAY, "刘某", TODAY)).isInstanceOf(Conflict.class);
    }

    @Test
    void theDayTheInterviewWasHeldDecidesWhetherTheHandoverWasInTime() {
        InterviewOutline outline = personal("张某", INTERVIEW, InspectionState.STATIONED);
        outline.handOver(INTERVIEW.minusDays(3), "刘某", INTERVIEW);
        UUID interview = UUID.randomUUID();
        outline.heldAs(interview, inspection, INTERVIEW.minusDays(1), 3);
        assertThat(outline.handoverDueBy()).isEqualTo(INTERVIEW.minusDays(4));
        assertThat(outline.handedOverLate(INTERVIEW)).isTrue();
        assertThatThrownBy(() -> outline.heldAs(UUID.randomUUID(), inspection, INTERVIEW, 3)).isInstanceOf(Conflict.class);
    }

    @Test
    void anOutlineIsHeldAsAnInterviewOfItsOwnInspection() {
        InterviewOutline outline = personal("张某", INTERVIEW, InspectionState.STATIONED);
        assertRefused(() -> outline.heldAs(UUID.randomUUID(), UUID.randomUUID(), INTERVIEW, 3), "interviewId");
    }

    @Test
    void theCommonOutlineIsNeitherHandedOverNorLate() {
        InterviewOutline common = InterviewOutline.common(inspection, UUID.randomUUID(), InspectionState.PLANNED, "共性提纲",
                "内容", "leader", OffsetDateTime.now());
        assertThat(common.handedOverLate(INTERVIEW.plusYears(1))).isFalse();
        assertThatThrownBy(() -> common.handOver(TODAY, "刘某", TODAY)).isInstanceOf(Conflict.class);
        assertThatThrownBy(() -> common.heldAs(UUID.randomUUID(), inspection, TODAY, 3)).isInstanceOf(Conflict.class);
    }

    private InterviewOutline personal(String interviewee, LocalDate on, InspectionState state) {
        return InterviewOutline.personal(inspection, UUID.randomUUID(), state, "个性提纲", "内容", interviewee,
                IntervieweeCategory.PRINCIPAL_LEADER, on, TODAY, 3, "leader", OffsetDateTime.now());
    }

    private static void assertRefused(Runnable attempt, String field) {
        assertThatThrownBy(attempt::run).isInstanceOfSatisfying(InvalidInput.class,
                refused -> assertThat(refused.errors().get(0).field()).isEqualTo(field));
    }
}
