package org.xuncha.round.preparation;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.xuncha.testing.Committee;
import org.xuncha.testing.RoundApi;
import org.xuncha.testing.RoundApi.FormedTeam;
import org.xuncha.testing.Tokens;

/** Info-request answers are confidential: the office, the leadership and the inspecting team only. */
@QuarkusTest
class InfoRequestAccessTest {

    private static final String PROBLEM = "application/problem+json";
    private final RoundApi api = new RoundApi(RestAssured::given);
    private FormedTeam team;
    private FormedTeam otherTeam;
    private UUID inspection;
    private UUID request;

    @BeforeEach
    void anAnsweredInfoRequest() {
        UUID termId = api.term();
        UUID roundId = api.round(termId, 1);
        team = api.formTeam(termId, roundId);
        otherTeam = api.formTeam(termId, roundId);
        inspection = api.inspection(team.teamId(), api.organization("机密镇党委", "TOWNSHIP"));
        request = api.infoRequest(inspection, "PETITIONS");
        api.answer(request, "信访举报3件，涉及班子成员");
    }

    @Test
    void theInspectingTeamReadsTheAnswer() {
        api.as(team.memberToken()).get("/info-requests/{id}", request)
                .then().statusCode(200).body("confidentialSummary", equalTo("信访举报3件，涉及班子成员"));
        api.as(team.leaderToken()).queryParam("inspectionId", inspection).get("/info-requests")
                .then().statusCode(200).body("items", hasSize(1));
    }

    @Test
    void aMemberOfAnotherTeamIsToldItDoesNotExist() {
        api.as(otherTeam.memberToken()).get("/info-requests/{id}", request)
                .then().statusCode(404).contentType(PROBLEM);
        api.as(otherTeam.leaderToken()).queryParam("inspectionId", inspection).get("/info-requests")
                .then().statusCode(404).contentType(PROBLEM);
        api.as(otherTeam.memberToken()).get("/inspections/{id}", inspection).then().statusCode(404);
    }

    @Test
    void aTeamTokenWithoutACadreReadsNothing() {
        api.as(Tokens.as("TEAM_MEMBER").sign()).get("/info-requests/{id}", request).then().statusCode(404);
    }

    @Test
    void theOfficeAndTheLeadershipReadIt() {
        api.as(api.office()).get("/info-requests/{id}", request).then().statusCode(200);
        api.as(Tokens.as("LEADERSHIP").sign()).get("/info-requests/{id}", request).then().statusCode(200);
    }

    @Test
    void aUnitMayNotAskAtAll() {
        api.as(Tokens.as("UNIT").organization(UUID.randomUUID()).sign()).get("/info-requests/{id}", request)
                .then().statusCode(403);
    }

    @Test
    void anAnswerIsRecordedOnce() {
        api.as(api.office()).body(Map.of("materialCount", 1, "confidentialSummary", "补充"))
                .post("/info-requests/{id}/answer", request)
                .then().statusCode(409).body("currentState", equalTo("ANSWERED"));
    }

    @Test
    void aDepartmentIsAskedOncePerInspection() {
        api.as(api.office()).body(Map.of("inspectionId", inspection, "department", "PETITIONS",
                        "dueOn", Committee.today().plusDays(3).toString()))
                .post("/info-requests").then().statusCode(409);
    }
}
