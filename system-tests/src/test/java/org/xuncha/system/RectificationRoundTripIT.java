package org.xuncha.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.restassured.response.Response;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.xuncha.testing.Committee;
import org.xuncha.testing.RoundApi;
import org.xuncha.testing.RoundApi.ReadyInspection;
import org.xuncha.testing.Tokens;

/**
 * The whole way and back, through both packaged services and the real broker: feedback opens a
 * case; the three signatures, the items closed by the office and the case's close come back to
 * round-service, whose findings reach RECTIFIED and whose inspection is CLOSED.
 */
class RectificationRoundTripIT {

    private final SystemUnderTest system = SystemUnderTest.get();
    private final RoundApi round = system.roundApi();
    private final String office = Tokens.as("OFFICE").sign();

    @Test
    void signedOffAndClosedItemsComeBackAsRectifiedFindings() {
        ReadyInspection ready = round.readyForFeedback(2);
        round.issueFeedback(ready.inspectionId()).then().statusCode(201);
        String caseId = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> caseOf(ready.inspectionId()), id -> id != null);
        Map<String, Object> opened = system.rectification().auth().oauth2(office).get("/cases/{id}", caseId)
                .then().statusCode(200).extract().jsonPath().getMap("");
        String unit = Tokens.as("UNIT").organization(ready.organizationId()).sign();
        String principal = Tokens.as("UNIT").organization(ready.organizationId())
                .subject(userIdOf(opened, "principalLeader")).sign();
        String inCharge = Tokens.as("LEADER_IN_CHARGE").subject(userIdOf(opened, "leaderInCharge")).sign();

        sign(caseId, unit, "ORGANIZATION");
        sign(caseId, principal, "PRINCIPAL_LEADER");
        sign(caseId, inCharge, "LEADER_IN_CHARGE");
        awaitInspection(ready.inspectionId(), "RECTIFYING");

        List<String> items = system.rectification().auth().oauth2(office).get("/cases/{id}/ledger", caseId)
                .then().statusCode(200).extract().jsonPath().getList("items.id");
        for (String item : items) {
            close(item, unit);
        }
        for (UUID finding : ready.findingIds()) {
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                    .until(() -> "RECTIFIED".equals(round.as(office).get("/findings/{id}", finding).then().extract().path("state")));
        }
        assertThat(round.as(office).queryParam("roundId", ready.team().roundId()).get("/figures").then().statusCode(200)
                .extract().jsonPath().getDouble("rectification.rateAfterSupervision")).isEqualTo(1.0);
    }

    private void sign(String caseId, String token, String capacity) {
        String etag = system.rectification().auth().oauth2(office).get("/cases/{id}", caseId).then().statusCode(200)
                .extract().header("ETag");
        system.rectification().auth().oauth2(token).contentType("application/json").header("If-Match", etag)
                .body(Map.of("capacity", capacity)).post("/cases/{id}/sign-off", caseId)
                .then().log().ifValidationFails().statusCode(200);
    }

    private void close(String item, String unit) {
        system.rectification().auth().oauth2(unit).contentType("application/json")
                .body(Map.of("measures", "全面清理", "responsiblePerson", "王建国", "responsibleDepartment", "镇财政所",
                        "term", "DEADLINE", "deadline", Committee.today().plusMonths(1).toString(), "moneyRecovered", "1000.00",
                        "rulesEstablished", 1, "personsHeldAccountable", 0))
                .put("/ledger-items/{id}/rectification", item).then().log().ifValidationFails().statusCode(200);
        system.rectification().auth().oauth2(unit).post("/ledger-items/{id}/start", item).then().statusCode(200);
        system.rectification().auth().oauth2(unit).multiPart("file", "evidence.pdf", "%PDF-1.4".getBytes(), "application/pdf")
                .post("/ledger-items/{id}/evidence", item).then().log().ifValidationFails().statusCode(201);
        system.rectification().auth().oauth2(unit).post("/ledger-items/{id}/submission", item).then().statusCode(200);
        system.rectification().auth().oauth2(office).post("/ledger-items/{id}/closure", item)
                .then().log().ifValidationFails().statusCode(200);
    }

    private String caseOf(UUID inspectionId) {
        Response page = system.rectification().auth().oauth2(office).queryParam("inspectionId", inspectionId).get("/cases");
        List<String> ids = page.then().statusCode(200).extract().jsonPath().getList("items.id");
        return ids.isEmpty() ? null : ids.get(0);
    }

    private void awaitInspection(UUID inspectionId, String state) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> state.equals(round.as(office).get("/inspections/{id}", inspectionId).then().extract().path("state")));
    }

    @SuppressWarnings("unchecked")
    private static String userIdOf(Map<String, Object> opened, String leader) {
        return (String) ((Map<String, Object>) opened.get(leader)).get("userId");
    }
}
