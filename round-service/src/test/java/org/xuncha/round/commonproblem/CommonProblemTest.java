package org.xuncha.round.commonproblem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.xuncha.testing.RoundApi;
import org.xuncha.testing.RoundApi.FormedTeam;
import org.xuncha.testing.RoundApi.ReadyInspection;
import org.xuncha.testing.Tokens;

/** Problems recurring across a term's organizations are proposed, and published for self-check. */
@QuarkusTest
class CommonProblemTest {

    private final RoundApi api = new RoundApi(RestAssured::given);

    @Test
    void aCategoryRecurringInEnoughTownshipsIsProposedAndPublished() {
        UUID term = api.term();
        UUID round = api.round(term, 1);
        for (int i = 0; i < 3; i++) {
            ReadyInspection stationed = stationedIn(term, round, "TOWNSHIP");
            api.confirmedFinding(stationed, "COUNTY-4", "套取涉农补贴");
        }
        ReadyInspection organ = stationedIn(term, round, "ORGAN");
        api.confirmedFinding(organ, "COUNTY-4", "套取补贴");

        JsonPath proposals = api.as(api.office()).queryParam("termId", term).queryParam("minOrganizations", 3)
                .get("/common-problems/proposals").then().statusCode(200).extract().jsonPath();
        assertThat(proposals.getList("items.categoryCode")).containsExactly("COUNTY-4");
        assertThat(proposals.getString("items[0].organizationType")).isEqualTo("TOWNSHIP");
        assertThat(proposals.getLong("items[0].organizations")).isEqualTo(3);

        UUID list = RoundApi.created(api.as(api.office()).body(Map.of("termId", term, "title", "共性问题清单",
                "problems", List.of(Map.of("categoryCode", "COUNTY-4", "organizationType", "TOWNSHIP",
                        "description", "涉农补贴发放是否存在虚报冒领")))).post("/common-problems"));
        api.as(Tokens.as("UNIT").organization(UUID.randomUUID()).sign()).get("/common-problems/{id}", list)
                .then().statusCode(200).body("problems[0].categoryCode", equalTo("COUNTY-4"));
    }

    @Test
    void aFindingFlaggedByATeamIsProposedEvenAlone() {
        UUID term = api.term();
        ReadyInspection stationed = stationedIn(term, api.round(term, 1), "SCHOOL");
        UUID finding = RoundApi.created(api.as(stationed.team().leaderToken()).body(Map.of("inspectionId",
                stationed.inspectionId(), "categoryCode", "CITY-3", "description", "违规发放津补贴",
                "commonProblemCandidate", true)).post("/findings"));
        api.as(stationed.team().leaderToken()).post("/findings/{id}/confirmation", finding).then().statusCode(200);

        api.as(api.office()).queryParam("termId", term).get("/common-problems/proposals").then().statusCode(200)
                .body("items.categoryCode", equalTo(List.of("CITY-3"))).body("items.flaggedByTeam", equalTo(List.of(true)));
    }

    private ReadyInspection stationedIn(UUID term, UUID round, String type) {
        UUID organization = api.organization("共性 " + UUID.randomUUID(), type);
        FormedTeam team = api.formTeam(term, round);
        UUID inspection = api.inspection(team.teamId(), organization);
        api.prepare(inspection, team);
        api.advance(inspection, "station", "STATIONED");
        return new ReadyInspection(organization, inspection, List.of(), team);
    }
}
