package org.xuncha.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.xuncha.testing.RoundApi;
import org.xuncha.testing.RoundApi.ReadyInspection;

/**
 * The first round trip, through both packaged services and the real broker: feedback issued in
 * round-service becomes a rectification case with one ledger item per finding.
 */
class FeedbackToCaseIT {

    private final SystemUnderTest system = SystemUnderTest.get();
    private final RoundApi round = system.roundApi();

    @Test
    void feedbackIssuedBecomesACaseWithOneItemPerFinding() {
        ReadyInspection ready = round.readyForFeedback(3);

        round.issueFeedback(ready.inspectionId()).then().statusCode(201);

        JsonPath opened = awaitCaseOf(ready.inspectionId(), Duration.ofSeconds(30));
        assertThat(opened.getString("organizationId")).isEqualTo(ready.organizationId().toString());
        assertThat(opened.getString("state")).isEqualTo("AWAITING_SIGNOFF");
        List<Map<String, Object>> ledger = system.rectification().auth().oauth2(system.office())
                .get("/cases/{id}/ledger", opened.getString("id"))
                .then().statusCode(200).extract().jsonPath().getList("items");
        assertThat(ledger).extracting(item -> item.get("findingId"))
                .containsExactlyInAnyOrderElementsOf(ready.findingIds().stream().map(UUID::toString).toList());
    }

    @Test
    void oneTraceShowsTheFeedbackIssuedInRoundServiceAndTheCaseOpenedInRectificationService() {
        ReadyInspection ready = round.readyForFeedback(1);
        String traceId = UUID.randomUUID().toString().replace("-", "");

        new RoundApi(() -> system.round().header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01"))
                .issueFeedback(ready.inspectionId()).then().statusCode(201);

        awaitCaseOf(ready.inspectionId(), Duration.ofSeconds(30));
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            assertThat(system.traces().received("round-service", traceId, "/feedback"))
                    .as("round-service exported the request's span").isTrue();
            assertThat(system.traces().received("rectification-service", traceId, "process FeedbackIssued"))
                    .as("rectification-service exported the span that opened the case, in the same trace").isTrue();
        });
    }

    @Test
    void feedbackIssuedWhileTheBrokerIsDownBecomesACaseWhenItIsBack() {
        ReadyInspection ready = round.readyForFeedback(2);

        system.stopBroker();
        try {
            round.issueFeedback(ready.inspectionId()).then().statusCode(201);
            assertThat(caseOf(ready.inspectionId())).as("no case while the broker is down").isNull();
        } finally {
            system.startBroker();
        }

        JsonPath opened = awaitCaseOf(ready.inspectionId(), Duration.ofSeconds(90));
        assertThat(system.rectification().auth().oauth2(system.office())
                .get("/cases/{id}/ledger", opened.getString("id"))
                .then().statusCode(200).extract().jsonPath().getList("items")).hasSize(2);
    }

    private JsonPath awaitCaseOf(UUID inspectionId, Duration atMost) {
        return await().atMost(atMost).pollInterval(Duration.ofMillis(200))
                .until(() -> caseOf(inspectionId), found -> found != null);
    }

    private JsonPath caseOf(UUID inspectionId) {
        JsonPath page = system.rectification().auth().oauth2(system.office())
                .queryParam("inspectionId", inspectionId)
                .get("/cases").then().statusCode(200).extract().jsonPath();
        if (page.getList("items").isEmpty()) {
            return null;
        }
        return JsonPath.from(system.rectification().auth().oauth2(system.office())
                .get("/cases/{id}", page.getString("items[0].id")).asString());
    }
}
