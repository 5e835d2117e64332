package org.xuncha.round.finding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.xuncha.testing.RoundApi;
import org.xuncha.testing.RoundApi.ReadyInspection;
import org.xuncha.testing.Tokens;

/** Findings: drafted by the team, confirmed by its leader only, filed under a taxonomy that is data. */
@QuarkusTest
class FindingTest {

    private static final String PROBLEM = "application/problem+json";
    private final RoundApi api = new RoundApi(RestAssured::given);

    @Test
    void aMemberWhoIsNotTheLeaderCannotConfirm() {
        ReadyInspection stationed = api.stationed();
        UUID finding = draft(stationed, stationed.team().memberToken(), "COUNTY-2");

        api.as(stationed.team().memberToken()).post("/findings/{id}/confirmation", finding)
                .then().statusCode(403).contentType(PROBLEM);
        api.as(Tokens.as("TEAM_LEADER").cadre(stationed.team().memberId()).sign())
                .post("/findings/{id}/confirmation", finding).then().statusCode(403);
        api.as(stationed.team().leaderToken()).post("/findings/{id}/confirmation", finding)
                .then().statusCode(200).body("state", equalTo("CONFIRMED"));
    }

    @Test
    void theLeaderOfAnotherTeamIsToldTheFindingDoesNotExist() {
        ReadyInspection stationed = api.stationed();
        UUID finding = draft(stationed, stationed.team().memberToken(), "COUNTY-2");
        ReadyInspection other = api.stationed();

        api.as(other.team().leaderToken()).post("/findings/{id}/confirmation", finding).then().statusCode(404);
        api.as(other.team().leaderToken()).get("/findings/{id}", finding).then().statusCode(404);
    }

    @Test
    void aFindingIsConfirmedOnce() {
        ReadyInspection stationed = api.stationed();
        UUID finding = api.confirmedFinding(stationed, "COUNTY-1", "三务公开不及时");

        api.as(stationed.team().leaderToken()).post("/findings/{id}/confirmation", finding)
                .then().statusCode(409).body("currentState", equalTo("CONFIRMED"));
    }

    @Test
    void anotherTeamCannotDraftOnThisInspection() {
        ReadyInspection stationed = api.stationed();
        ReadyInspection other = api.stationed();
        api.as(other.team().memberToken()).body(body(stationed.inspectionId(), "COUNTY-1")).post("/findings")
                .then().statusCode(400).body("errors[0].field", equalTo("inspectionId"));
    }

    @Test
    void findingsAreTakenOnlyOnceStationed() {
        UUID termId = api.term();
        RoundApi.FormedTeam team = api.formTeam(termId, api.round(termId, 1));
        UUID inspection = api.inspection(team.teamId(), api.organization("某镇党委", "TOWNSHIP"));
        api.as(team.memberToken()).body(body(inspection, "COUNTY-1")).post("/findings")
                .then().statusCode(409).body("currentState", equalTo("PLANNED"));
    }

    @Test
    void aCategoryOutsideTheTaxonomyIsAFieldErrorAndACommitteeMayLoadItsOwn() {
        ReadyInspection stationed = api.stationed();
        String scheme = "CUSTOM" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        api.as(stationed.team().memberToken()).body(body(stationed.inspectionId(), scheme + "-1")).post("/findings")
                .then().statusCode(400).body("errors[0].field", equalTo("categoryCode"));

        api.as(api.office()).body(Map.of("scheme", scheme, "categories", List.of(
                        Map.of("code", scheme + "-1", "name", "营商环境方面的问题"), Map.of("code", scheme + "-2", "name", "其他"))))
                .post("/finding-categories").then().statusCode(201);
        api.as(api.office()).body(Map.of("scheme", scheme, "categories", List.of(Map.of("code", scheme + "-3", "name", "x"))))
                .post("/finding-categories").then().statusCode(409);

        draft(stationed, stationed.team().memberToken(), scheme + "-1");
    }

    @Test
    void theDefaultTaxonomyHasTheSeedsSchemes() {
        JsonPath taxonomy = api.as(api.office()).queryParam("limit", 500).get("/finding-categories").then().statusCode(200)
                .extract().jsonPath();
        assertThat(taxonomy.getList("items.findAll { it.scheme == 'COUNTY' }.code")).hasSize(5);
        assertThat(taxonomy.getList("items.findAll { it.scheme == 'CITY' }.code")).hasSize(7);
        assertThat(taxonomy.getList("items.findAll { it.scheme == 'THREE_FOCUSES' }.code")).hasSize(3);
    }

    @Test
    void listsPageByCursorWithoutGapsAndTeamsSeeOnlyTheirOwn() {
        ReadyInspection stationed = api.stationed();
        List<UUID> drafted = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            drafted.add(draft(stationed, stationed.team().memberToken(), "COUNTY-" + (1 + i % 5)));
        }
        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            var request = api.as(api.office()).queryParam("inspectionId", stationed.inspectionId()).queryParam("limit", 3);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.get("/findings").then().statusCode(200).extract().jsonPath();
            seen.addAll(page.getList("items.id", String.class));
            cursor = page.getString("next");
        } while (cursor != null);
        assertThat(seen).containsExactlyElementsOf(drafted.stream().map(UUID::toString).toList());

        ReadyInspection other = api.stationed();
        api.as(other.team().leaderToken()).queryParam("inspectionId", stationed.inspectionId()).get("/findings")
                .then().statusCode(200).body("items.size()", equalTo(0));
    }

    private UUID draft(ReadyInspection inspection, String token, String category) {
        return RoundApi.created(api.as(token).body(body(inspection.inspectionId(), category)).post("/findings"));
    }

    private static Map<String, Object> body(UUID inspection, String category) {
        return Map.of("inspectionId", inspection, "categoryCode", category, "description", "问题描述",
                "personsNamed", "张某", "commonProblemCandidate", true);
    }
}
