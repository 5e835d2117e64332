package org.xuncha.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.xuncha.testing.RoundApi;
import org.xuncha.testing.RoundApi.ReadyInspection;
import org.xuncha.testing.Tokens;

/**
 * Two instances of rectification-service share the consumer group, as two replicas do. One is
 * killed ({@code kill -9}, no goodbye to the group); the survivor takes over its partitions within
 * the session timeout, and every feedback issued after the crash opens exactly one case. The
 * killed instance, started again, is ready and consuming without a restart of anything else.
 */
class ConsumerRecoveryIT {

    private static final Duration TAKE_OVER = Duration.ofSeconds(30);

    private final SystemUnderTest system = SystemUnderTest.get();
    private final RoundApi round = system.roundApi();
    private final String office = Tokens.as("OFFICE").sign();

    @Test
    void aSurvivorTakesOverAKilledInstancesPartitionsAndEveryFeedbackOpensOneCase() {
        List<ReadyInspection> ready = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            ready.add(round.readyForFeedback(1));
        }
        boolean down = false;
        try (SystemUnderTest.HttpInstances survivor = system.secondRectificationService()) {
            system.killRectificationService();
            down = true;
            ready.forEach(inspection -> round.issueFeedback(inspection.inspectionId()).then().statusCode(201));

            for (ReadyInspection inspection : ready) {
                await().atMost(TAKE_OVER).pollInterval(Duration.ofMillis(250))
                        .until(() -> casesOf(survivor, inspection.inspectionId()), cases -> !cases.isEmpty());
            }
            system.restartRectificationService();
            down = false;
            for (ReadyInspection inspection : ready) {
                assertThat(casesOf(survivor, inspection.inspectionId())).as("cases of inspection %s",
                        inspection.inspectionId()).hasSize(1);
            }
        } finally {
            if (down) {
                system.restartRectificationService();
            }
        }
        ReadyInspection afterRestart = round.readyForFeedback(1);
        round.issueFeedback(afterRestart.inspectionId()).then().statusCode(201);
        await().atMost(TAKE_OVER).pollInterval(Duration.ofMillis(250))
                .until(() -> casesOf(system, afterRestart.inspectionId()), cases -> cases.size() == 1);
    }

    private List<String> casesOf(SystemUnderTest.HttpInstances instance, UUID inspectionId) {
        return instance.rectification().auth().oauth2(office).queryParam("inspectionId", inspectionId).get("/cases")
                .then().statusCode(200).extract().jsonPath().getList("items.id");
    }

    private List<String> casesOf(SystemUnderTest system, UUID inspectionId) {
        return system.rectification().auth().oauth2(office).queryParam("inspectionId", inspectionId).get("/cases")
                .then().statusCode(200).extract().jsonPath().getList("items.id");
    }
}
