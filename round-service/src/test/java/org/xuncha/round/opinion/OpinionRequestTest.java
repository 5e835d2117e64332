package org.xuncha.round.opinion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.xuncha.testing.RoundApi;
import org.xuncha.testing.RoundApi.ReadyInspection;
import org.xuncha.testing.Tokens;

/**
 * The organization department asks the office's opinion on an organization or a cadre (seed 004 §16,
 * §17); the office answers once, with what the inspections found; the department's system reads it.
 */
@QuarkusTest
class OpinionRequestTest {

    private final RoundApi api = new RoundApi(RestAssured::given);
    private final String department = Tokens.as("INTEGRATION").system("ORGANIZATION_DEPARTMENT").sign();

    @Test
    void theOfficeAnswersWithWhatTheInspectionsFoundAndTheDepartmentReadsIt() {
        ReadyInspection stationed = api.stationed();
        api.confirmedFinding(stationed, "COUNTY-1", "三务公开不及时");
        api.transferredLead(stationed, "DISCIPLINE_COMMISSION");
        String reference = "组干函〔2026〕" + UUID.randomUUID();
        String id = ask(department, reference, stationed.organizationId()).then().statusCode(201)
                .body("state", equalTo("OPEN")).body("summary", nullValue()).extract().path("id");
        ask(department, reference, stationed.organizationId()).then().statusCode(200).body("id", equalTo(id));
        api.as(department).body(Map.of("reference", reference, "subject", "ORGANIZATION", "organizationId",
                api.organization("别的党委 " + UUID.randomUUID(), "TOWNSHIP"), "purpose", "LEADERSHIP_ADJUSTMENT"))
                .post("/opinion-requests").then().statusCode(409);
        assertThat(api.as(api.office()).queryParam("answered", false).queryParam("limit", 500).get("/opinion-requests")
                .then().statusCode(200).extract().jsonPath().getList("items.id", String.class)).contains(id);

        answer(Tokens.as("ORGANIZATION").sign(), id).then().statusCode(403);
        answer(api.office(), id).then().statusCode(200).body("state", equalTo("ANSWERED"))
                .body("counts.inspections", equalTo(1)).body("counts.findings", equalTo(1))
                .body("counts.leadsTransferred", equalTo(1));
        answer(api.office(), id).then().statusCode(409);

        api.as(department).get("/opinion-requests/{id}", id).then().statusCode(200)
                .body("summary", equalTo("巡察中发现该单位三务公开不及时")).body("counts.findings", equalTo(1));
        List<String> fed = api.as(department).queryParam("limit", 500).get("/feeds/organization-department").then()
                .statusCode(200).extract().jsonPath().getList("items.findAll { it.subject == '" + id + "' }.type",
                        String.class);
        assertThat(fed).containsExactly("OpinionGiven");
    }

    @Test
    void onlyTheDepartmentAsksAndOnlyItAndTheOfficeRead() {
        ReadyInspection stationed = api.stationed();
        String id = ask(department, "组干函〔2026〕" + UUID.randomUUID(), stationed.organizationId()).then()
                .statusCode(201).extract().path("id");

        ask(Tokens.as("INTEGRATION").system("DISCIPLINE_COMMISSION").sign(), "x-" + UUID.randomUUID(),
                stationed.organizationId()).then().statusCode(403);
        api.as(Tokens.as("INTEGRATION").system("DISCIPLINE_COMMISSION").sign()).get("/opinion-requests/{id}", id)
                .then().statusCode(404);
        api.as(Tokens.as("INTEGRATION").system("registry-import").sign()).get("/opinion-requests/{id}", id)
                .then().statusCode(404);
        api.as(department).body(Map.of("reference", "组干函-" + UUID.randomUUID(), "subject", "CADRE",
                "organizationId", stationed.organizationId(), "purpose", "SELECTION")).post("/opinion-requests")
                .then().statusCode(400).body("errors[0].field", equalTo("personName"));
    }

    private Response ask(String token, String reference, UUID organizationId) {
        return api.as(token).body(Map.of("reference", reference, "subject", "ORGANIZATION", "organizationId",
                organizationId, "purpose", "LEADERSHIP_ADJUSTMENT", "question", "拟调整班子，请提供巡察中了解的情况"))
                .post("/opinion-requests");
    }

    private Response answer(String token, String id) {
        return api.as(token).body(Map.of("summary", "巡察中发现该单位三务公开不及时", "attachCounts", true))
                .post("/opinion-requests/{id}/answer", id);
    }
}
