package org.xuncha.round.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.xuncha.testing.Committee;
import org.xuncha.testing.RoundApi;
import org.xuncha.testing.RoundApi.ReadyInspection;
import org.xuncha.testing.Tokens;

/** Consultation before a round (征求意见, seeds 000 and 002), over HTTP. */
@QuarkusTest
class ConsultationTest {

    private static final String PROBLEM = "application/problem+json";
    private final RoundApi api = new RoundApi(RestAssured::given);

    @Test
    void anOpinionIsRecordedOncePerRoundDepartmentAndOrganization() {
        UUID termId = api.term();
        UUID roundId = api.round(termId, 1);
        UUID organization = api.organization("县财政局党组 " + UUID.randomUUID(), "ORGAN");

        opinion(api.office(), roundId, "AUDIT", organization, "INSPECT", null).then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("reasons"));
        opinion(api.office(), UUID.randomUUID(), "AUDIT", organization, "INSPECT", "审计发现问题").then().statusCode(400)
                .body("errors[0].field", equalTo("roundId"));
        opinion(api.office(), roundId, "AUDIT", UUID.randomUUID(), "INSPECT", "审计发现问题").then().statusCode(400)
                .body("errors[0].field", equalTo("organizationId"));
        opinion(Tokens.as("LEADERSHIP").sign(), roundId, "AUDIT", organization, "INSPECT", "审计发现问题").then()
                .statusCode(403);
        UUID recorded = RoundApi.created(opinion(api.office(), roundId, "AUDIT", organization, "INSPECT", "审计发现问题"));
        opinion(api.office(), roundId, "AUDIT", organization, "NO_CONCERN", null).then().statusCode(409)
                .body("type", equalTo("urn:xuncha:problem:duplicate"));
        opinion(api.office(), roundId, "PETITIONS", organization, "NO_CONCERN", null).then().statusCode(201);

        api.as(Tokens.as("LEADERSHIP").sign()).get("/consultations/{id}", recorded).then().statusCode(200)
                .body("termId", equalTo(termId.toString())).body("department", equalTo("AUDIT"));
        api.as(api.office()).queryParam("roundId", roundId).queryParam("stance", "INSPECT").get("/consultations")
                .then().statusCode(200).body("items.id", equalTo(List.of(recorded.toString())));
    }

    @Test
    void opinionsAreTakenWhileTheRoundIsPlannedNotOnceItIsUnderWay() {
        ReadyInspection stationed = api.stationed();
        opinion(api.office(), stationed.team().roundId(), "DISCIPLINE_COMMISSION", stationed.organizationId(), "INSPECT",
                "反映问题较多").then().statusCode(409).contentType(PROBLEM)
                .body("type", equalTo("urn:xuncha:problem:round-under-way"));
    }

    @Test
    void adviceToInspectRaisesAnOrganizationInTheCandidateRanking() {
        UUID termId = api.term();
        UUID roundId = api.round(termId, 1);
        UUID quiet = api.organization("县档案馆党支部 " + UUID.randomUUID(), "ORGAN");
        UUID flagged = api.organization("县住建局党组 " + UUID.randomUUID(), "ORGAN");
        api.as(api.office()).body(Map.of("organizationIds", List.of(quiet, flagged), "withSubtrees", false))
                .post("/coverage/{term}/scope", termId).then().statusCode(200);
        opinion(api.office(), roundId, "AUDIT", flagged, "INSPECT", "物业维修基金使用不规范").then().statusCode(201);
        opinion(api.office(), roundId, "DISCIPLINE_COMMISSION", flagged, "INSPECT", "信访举报较多").then().statusCode(201);
        opinion(api.office(), roundId, "AUDIT", quiet, "NO_CONCERN", null).then().statusCode(201);

        JsonPath ranked = api.as(api.office()).queryParam("limit", 2).get("/coverage/{term}/candidates", termId)
                .then().statusCode(200).extract().jsonPath();
        assertThat(ranked.getString("items[0].organizationId")).isEqualTo(flagged.toString());
        assertThat(ranked.getLong("items[0].signals.CONSULTATIONS")).isEqualTo(2);
        assertThat(ranked.getLong("items[0].score")).isEqualTo(4);
        assertThat(ranked.getString("items[1].organizationId")).isEqualTo(quiet.toString());
        assertThat(ranked.getLong("items[1].signals.CONSULTATIONS")).isEqualTo(0);
    }

    private Response opinion(String token, UUID roundId, String department, UUID organization, String stance,
            String reasons) {
        Map<String, Object> body = new HashMap<>(Map.of("roundId", roundId, "department", department,
                "organizationId", organization, "stance", stance, "givenOn", Committee.today().toString()));
        if (reasons != null) {
            body.put("reasons", reasons);
        }
        return api.as(token).body(body).post("/consultations");
    }
}
