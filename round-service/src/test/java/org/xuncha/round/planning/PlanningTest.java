package org.xuncha.round.planning;

import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.xuncha.testing.RoundApi;

/** Rounds of a term, and who a round inspects: what the plan refuses. */
@QuarkusTest
class PlanningTest {

    private static final String PROBLEM = "application/problem+json";
    private final RoundApi api = new RoundApi(RestAssured::given);

    @Test
    void aSpecialRoundWithoutAThemeIsAFieldError() {
        api.as(api.office()).body(Map.of("termId", api.term(), "number", 1, "kind", "SPECIAL")).post("/rounds")
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("theme"));
    }

    @Test
    void aLinkedRoundWithoutAPartnerCommitteeIsAFieldError() {
        api.as(api.office()).body(Map.of("termId", api.term(), "number", 1, "kind", "LINKED")).post("/rounds")
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("partnerCommittee"));
    }

    @Test
    void aRoundNumberIsUsedOncePerTerm() {
        UUID term = api.term();
        api.round(term, 3);

        api.as(api.office()).body(Map.of("termId", term, "number", 3, "kind", "REGULAR")).post("/rounds")
                .then().statusCode(409).contentType(PROBLEM).body("type", equalTo("urn:xuncha:problem:duplicate"));
    }

    @Test
    void anOrganizationIsInspectedOncePerRound() {
        UUID round = api.round(api.term(), 1);
        UUID township = api.organization("重复镇党委 " + UUID.randomUUID(), "TOWNSHIP");
        api.inspection(api.team(round), township);

        api.as(api.office()).body(Map.of("teamId", api.team(round), "organizationId", township, "extensions", List.of()))
                .post("/inspections").then().statusCode(409).contentType(PROBLEM)
                .body("type", equalTo("urn:xuncha:problem:duplicate"));
    }

    @Test
    void anExtensionOutsideTheInspectedSubtreeIsAFieldError() {
        UUID round = api.round(api.term(), 1);
        UUID township = api.organization("延伸镇党委 " + UUID.randomUUID(), "TOWNSHIP");
        UUID ownVillage = api.organizationUnder(township, "本镇村党支部", "VILLAGE");
        UUID elsewhere = api.organizationUnder(api.organization("别镇党委 " + UUID.randomUUID(), "TOWNSHIP"), "别镇村党支部", "VILLAGE");

        api.as(api.office()).body(Map.of("teamId", api.team(round), "organizationId", township,
                        "extensions", List.of(ownVillage, elsewhere)))
                .post("/inspections").then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", equalTo(List.of("extensions[1]")));
    }
}
