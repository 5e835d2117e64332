package org.xuncha.round.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.xuncha.platform.problem.Conflict;
import org.xuncha.platform.problem.InvalidInput;
import org.xuncha.round.preparation.PartnerDepartment;

/** The rules of consultation opinions on the aggregate, without a database. */
class ConsultationRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 2, 20);

    @Test
    void opinionsAreTakenOnlyBeforeTheRoundsInspectionsStation() {
        assertThatThrownBy(() -> opinion(true, Stance.NO_CONCERN, null, TODAY)).isInstanceOf(Conflict.class)
                .hasMessageContaining("stationed");
        assertThat(opinion(false, Stance.NO_CONCERN, null, TODAY).stance()).isEqualTo(Stance.NO_CONCERN);
    }

    @Test
    void anOpinionIsNotDatedInTheFuture() {
        assertThatThrownBy(() -> opinion(false, Stance.NO_CONCERN, null, TODAY.plusDays(1)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors().get(0).field()).isEqualTo("givenOn"));
    }

    @Test
    void adviceToInspectGivesItsReasons() {
        assertThatThrownBy(() -> opinion(false, Stance.INSPECT, " ", TODAY))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors().get(0).field()).isEqualTo("reasons"));
        assertThat(opinion(false, Stance.INSPECT, "审计发现问题", TODAY).reasons()).isEqualTo("审计发现问题");
    }

    private static ConsultationOpinion opinion(boolean underWay, Stance stance, String reasons, LocalDate givenOn) {
        return ConsultationOpinion.record(UUID.randomUUID(), UUID.randomUUID(), underWay, PartnerDepartment.AUDIT,
                UUID.randomUUID(), stance, reasons, givenOn, TODAY, "office", OffsetDateTime.now());
    }
}
