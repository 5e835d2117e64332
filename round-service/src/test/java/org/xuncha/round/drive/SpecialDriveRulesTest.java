package org.xuncha.round.drive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.xuncha.platform.problem.Conflict;
import org.xuncha.platform.problem.Duplicate;
import org.xuncha.platform.problem.IllegalTransition;
import org.xuncha.platform.problem.InvalidInput;
import org.xuncha.platform.problem.NotFound;

/** The rules of special drives on the aggregate, without a database. */
class SpecialDriveRulesTest {

    private static final LocalDate LAUNCHED = LocalDate.of(2026, 3, 1);
    private static final LocalDate TODAY = LocalDate.of(2026, 4, 1);
    private final UUID home = UUID.randomUUID();
    private final UUID other = UUID.randomUUID();

    @Test
    void aDriveIsLaunchedFromAProblemOfThePublishedList() {
        assertRefused(() -> SpecialDrive.launch(UUID.randomUUID(), UUID.randomUUID(), List.of(1, 2), 3, "专项整治", LAUNCHED,
                TODAY, "office", OffsetDateTime.now()), "problemPosition");
        assertThat(drive().problemPosition()).isEqualTo(1);
    }

    @Test
    void anOrganizationTakesPartOnce() {
        SpecialDrive drive = drive();
        assertThatThrownBy(() -> drive.enlist(List.of(home))).isInstanceOf(Duplicate.class);
        assertThatThrownBy(() -> drive.selfCheck(UUID.randomUUID(), TODAY, "自查", 1, TODAY)).isInstanceOf(NotFound.class);
    }

    @Test
    void aSelfCheckComesOnceFromTheLaunchUpToToday() {
        SpecialDrive drive = drive();
        assertRefused(() -> drive.selfCheck(home, LAUNCHED.minusDays(1), "自查", 1, TODAY), "selfCheckedOn");
        assertRefused(() -> drive.selfCheck(home, TODAY.plusDays(1), "自查", 1, TODAY), "selfCheckedOn");
        drive.selfCheck(home, TODAY, "自查", 2, TODAY);
        assertThatThrownBy(() -> drive.selfCheck(home, TODAY, "自查", 2, TODAY)).isInstanceOf(Duplicate.class);
    }

    @Test
    void aResultFollowsTheSelfCheckAndRectifiesNoMoreThanItFound() {
        SpecialDrive drive = drive();
        assertThatThrownBy(() -> drive.result(home, TODAY, "整改", 0, TODAY)).isInstanceOf(Conflict.class)
                .hasMessageContaining("self-check");
        drive.selfCheck(home, LAUNCHED.plusDays(5), "自查", 2, TODAY);
        assertRefused(() -> drive.result(home, TODAY, "整改", 3, TODAY), "problemsRectified");
        assertRefused(() -> drive.result(home, LAUNCHED, "整改", 1, TODAY), "resultOn");
        drive.result(home, TODAY, "整改", 2, TODAY);
        assertThatThrownBy(() -> drive.result(home, TODAY, "整改", 2, TODAY)).isInstanceOf(Duplicate.class);
    }

    @Test
    void aDriveConcludesOnceEveryParticipantHasItsResult() {
        SpecialDrive drive = drive();
        drive.enlist(List.of(other));
        drive.selfCheck(home, TODAY, "自查", 1, TODAY);
        drive.result(home, TODAY, "整改", 1, TODAY);
        assertThatThrownBy(() -> drive.conclude(TODAY, "总结", TODAY)).isInstanceOf(Conflict.class)
                .hasMessageContaining("1 participants");
        drive.selfCheck(other, TODAY, "自查", 0, TODAY);
        drive.result(other, TODAY, "无问题", 0, TODAY);
        drive.conclude(TODAY, "总结", TODAY);
        assertThat(drive.state()).isEqualTo(DriveState.CONCLUDED);
        assertThatThrownBy(() -> drive.enlist(List.of(UUID.randomUUID()))).isInstanceOf(IllegalTransition.class);
        assertThatThrownBy(() -> drive.conclude(TODAY, "总结", TODAY)).isInstanceOf(IllegalTransition.class);
    }

    @Test
    void aDriveWithoutParticipantsDoesNotConclude() {
        SpecialDrive empty = SpecialDrive.launch(UUID.randomUUID(), UUID.randomUUID(), List.of(1), 1, "专项整治", LAUNCHED,
                TODAY, "office", OffsetDateTime.now());
        assertThatThrownBy(() -> empty.conclude(TODAY, "总结", TODAY)).isInstanceOf(Conflict.class);
    }

    private SpecialDrive drive() {
        SpecialDrive drive = SpecialDrive.launch(UUID.randomUUID(), UUID.randomUUID(), List.of(1, 2), 1, "敬老院专项整治",
                LAUNCHED, TODAY, "office", OffsetDateTime.now());
        drive.enlist(List.of(home));
        return drive;
    }

    private static void assertRefused(Runnable attempt, String field) {
        assertThatThrownBy(attempt::run).isInstanceOfSatisfying(InvalidInput.class,
                refused -> assertThat(refused.errors().get(0).field()).isEqualTo(field));
    }
}
