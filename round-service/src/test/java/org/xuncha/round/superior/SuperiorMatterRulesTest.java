package org.xuncha.round.superior;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.xuncha.platform.problem.IllegalTransition;
import org.xuncha.platform.problem.InvalidInput;

/** The rules of the ledger of superior inspections on the aggregate, without a database. */
class SuperiorMatterRulesTest {

    private static final LocalDate RECEIVED = LocalDate.of(2026, 3, 1);
    private static final LocalDate DEADLINE = LocalDate.of(2026, 5, 31);

    @Test
    void aMattersDeadlineIsNotBeforeItsReceipt() {
        assertRefused(() -> SuperiorMatter.receive(SuperiorBody.CITY, MatterKind.OPINION, "鹤巡〔2026〕1号", "意见", null,
                RECEIVED, RECEIVED.minusDays(1), RECEIVED, "office", OffsetDateTime.now()), "deadline");
        assertRefused(() -> SuperiorMatter.receive(SuperiorBody.CITY, MatterKind.OPINION, "鹤巡〔2026〕1号", "意见", null,
                RECEIVED.plusDays(1), DEADLINE, RECEIVED, "office", OffsetDateTime.now()), "receivedOn");
    }

    @Test
    void anOpenMatterPastItsDeadlineIsOverdue() {
        SuperiorMatter matter = matter();
        assertThat(matter.overdue(DEADLINE)).isFalse();
        assertThat(matter.overdue(DEADLINE.plusDays(1))).isTrue();
    }

    @Test
    void aMatterCompletedAfterItsDeadlineStaysOverdue() {
        SuperiorMatter inTime = matter();
        inTime.complete(DEADLINE, "已办结", DEADLINE.plusDays(30));
        assertThat(inTime.overdue(DEADLINE.plusDays(60))).isFalse();
        SuperiorMatter late = matter();
        late.complete(DEADLINE.plusDays(1), "已办结", DEADLINE.plusDays(30));
        assertThat(late.overdue(DEADLINE.plusDays(60))).isTrue();
    }

    @Test
    void followUpsAndReportsAreTakenWhileOpenOnDaysFromReceiptToToday() {
        SuperiorMatter matter = matter();
        assertRefused(() -> matter.record(entry(RECEIVED.minusDays(1)), RECEIVED.plusDays(5)), "onDay");
        assertRefused(() -> matter.record(entry(RECEIVED.plusDays(6)), RECEIVED.plusDays(5)), "onDay");
        matter.record(entry(RECEIVED.plusDays(5)), RECEIVED.plusDays(5));
        assertThat(matter.entries()).hasSize(1);
        matter.complete(RECEIVED.plusDays(5), "已办结", RECEIVED.plusDays(5));
        assertThatThrownBy(() -> matter.record(entry(RECEIVED.plusDays(5)), RECEIVED.plusDays(5)))
                .isInstanceOf(IllegalTransition.class).hasMessageContaining("COMPLETED");
        assertThatThrownBy(() -> matter.complete(RECEIVED.plusDays(5), "再次", RECEIVED.plusDays(5)))
                .isInstanceOf(IllegalTransition.class);
    }

    private static SuperiorMatter matter() {
        return SuperiorMatter.receive(SuperiorBody.PROVINCIAL, MatterKind.TRANSFERRED_MATTER, "豫巡〔2026〕3号", "移交事项",
                null, RECEIVED, DEADLINE, RECEIVED, "office", OffsetDateTime.now());
    }

    private static Entry entry(LocalDate on) {
        return new Entry(Entry.Kind.FOLLOW_UP, on, "督办", "office");
    }

    private static void assertRefused(Runnable attempt, String field) {
        assertThatThrownBy(attempt::run).isInstanceOfSatisfying(InvalidInput.class,
                refused -> assertThat(refused.errors().get(0).field()).isEqualTo(field));
    }
}
