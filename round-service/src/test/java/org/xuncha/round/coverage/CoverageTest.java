package org.xuncha.round.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.comparesEqualTo;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.xuncha.testing.Committee;
import org.xuncha.testing.RoundApi;
import org.xuncha.testing.RoundApi.FormedTeam;
import org.xuncha.testing.RoundApi.ReadyInspection;

/**
 * Coverage (DOMAIN.md §5): inspected in the term, by a kind that counts, or villages reached by
 * extension, over the organizations in scope; city-directed ones at least every three years.
 */
@QuarkusTest
class CoverageTest {

    private final RoundApi api = new RoundApi(RestAssured::given);
    private UUID term;
    private UUID county;
    private UUID township;
    private UUID villageA;
    private UUID villageB;
    private UUID communityC;
    private UUID organ;

    @BeforeEach
    void aCountyInScope() {
        term = api.term(Committee.today().minusYears(4));
        county = api.organization("覆盖县委 " + UUID.randomUUID(), "COUNTY");
        township = api.organizationUnder(county, "东城镇党委", "TOWNSHIP");
        villageA = api.organizationUnder(township, "东村党支部", "VILLAGE");
        villageB = api.organizationUnder(township, "西村党支部", "VILLAGE");
        communityC = api.organizationUnder(township, "南社区党委", "COMMUNITY");
        organ = api.organizationUnder(county, "县民政局党组", "ORGAN");
        api.as(api.office()).body(Map.of("organizationIds", List.of(township, organ), "withSubtrees", true))
                .post("/coverage/{term}/scope", term)
                .then().statusCode(200).body("added", equalTo(5)).body("coverage.covered", equalTo(0));
    }

    @Test
    void villagesReachedByExtensionAreCovered() {
        stationInspection(api.round(term, 1, "REGULAR"), township, List.of(villageA, communityC));

        rate().then().body("inScope", equalTo(5)).body("covered", equalTo(3))
                .body("rate", comparesEqualTo(new BigDecimal("0.6000").floatValue()));
        assertThat(uncovered()).containsExactlyInAnyOrder(villageB, organ);
    }

    @Test
    void anExtensionAddedWhileStationedCoversItsVillageAsTheFiguresCountIt() {
        UUID inspection = stationInspection(api.round(term, 1, "REGULAR"), township, List.of());
        rate().then().body("covered", equalTo(1));

        api.as(api.office()).body(Map.of("extensions", List.of(villageB))).post("/inspections/{id}/extensions", inspection)
                .then().statusCode(200);

        rate().then().body("covered", equalTo(2));
        assertThat(uncovered()).containsExactlyInAnyOrder(villageA, communityC, organ);
        api.as(api.office()).queryParam("termId", term).get("/figures").then().statusCode(200)
                .body("villagesReachedByExtension", equalTo(1)).body("coverage.covered", equalTo(2));
        api.as(api.office()).body(Map.of("extensions", List.of(villageB))).post("/inspections/{id}/extensions", inspection);
        rate().then().body("covered", equalTo(2));
    }

    @Test
    void aLookBackDoesNotCoverAndOtherKindsDo() {
        stationInspection(api.round(term, 1, "LOOK_BACK"), organ, List.of());
        rate().then().body("covered", equalTo(0));

        stationInspection(api.round(term, 2, "SPECIAL"), organ, List.of());
        rate().then().body("covered", equalTo(1));
    }

    @Test
    void anOrganizationInspectedTwiceCountsOnce() {
        stationInspection(api.round(term, 1, "REGULAR"), organ, List.of());
        stationInspection(api.round(term, 2, "MOBILE"), organ, List.of());

        rate().then().body("covered", equalTo(1));
    }

    @Test
    void plannedButNotStationedIsNotCovered() {
        UUID termId = term;
        FormedTeam team = api.formTeam(termId, api.round(termId, 1));
        api.inspection(team.teamId(), organ);

        rate().then().body("covered", equalTo(0));
    }

    @Test
    void anOrganizationAddedToScopeAfterItsInspectionIsCoveredAtOnce() {
        UUID late = api.organizationUnder(county, "县供销社党委", "ORGAN");
        stationInspection(api.round(term, 1, "REGULAR"), late, List.of());

        api.as(api.office()).body(Map.of("organizationIds", List.of(late))).post("/coverage/{term}/scope", term)
                .then().statusCode(200).body("coverage.inScope", equalTo(6)).body("coverage.covered", equalTo(1));
    }

    @Test
    void cityDirectedOrganizationsBreakTheThreeYearRuleUntilInspected() {
        UUID directed = cityDirected("市直某局党组");
        UUID inspected = cityDirected("市直另一局党组");
        api.as(api.office()).body(Map.of("organizationIds", List.of(directed, inspected))).post("/coverage/{term}/scope", term)
                .then().statusCode(200);
        stationInspection(api.round(term, 1, "REGULAR"), inspected, List.of());

        List<String> breaches = breachesAsOf(Committee.today());
        assertThat(breaches).containsExactly(directed.toString());
        assertThat(breachesAsOf(Committee.today().minusYears(1).minusDays(1))).isEmpty();
        assertThat(breachesAsOf(Committee.today().plusYears(3).plusDays(1)))
                .containsExactlyInAnyOrder(directed.toString(), inspected.toString());
    }

    @Test
    void candidatesAreRankedByRisk() {
        api.as(api.office()).body(Map.of("organizationId", villageB, "year", 2025, "issueCount", 4))
                .post("/audit-results").then().statusCode(201);
        api.as(api.office()).body(Map.of("organizationId", organ, "year", 2025, "issueCount", 1))
                .post("/audit-results").then().statusCode(201);

        JsonPath ranked = api.as(api.office()).queryParam("limit", 3).get("/coverage/{term}/candidates", term)
                .then().statusCode(200).extract().jsonPath();
        assertThat(ranked.getList("items.organizationId", String.class).subList(0, 2))
                .containsExactly(villageB.toString(), organ.toString());
        assertThat(ranked.getLong("items[0].score")).isEqualTo(8);
        assertThat(ranked.getLong("items[0].signals.AUDIT_ISSUES")).isEqualTo(4);
    }

    @Test
    void priorFindingsRankACandidateAndDraftsDoNot() {
        ReadyInspection earlier = api.stationed();
        api.confirmedFinding(earlier, "COUNTY-1", "三重一大事项未经集体决策");
        api.confirmedFinding(earlier, "COUNTY-2", "违规发放津贴补贴");
        api.as(earlier.team().leaderToken()).body(Map.of("inspectionId", earlier.inspectionId(),
                "categoryCode", "COUNTY-3", "description", "尚在核实的问题")).post("/findings").then().statusCode(201);
        api.as(api.office()).body(Map.of("organizationIds", List.of(earlier.organizationId()), "withSubtrees", false))
                .post("/coverage/{term}/scope", term).then().statusCode(200);

        JsonPath ranked = api.as(api.office()).queryParam("limit", 1).get("/coverage/{term}/candidates", term)
                .then().statusCode(200).extract().jsonPath();
        assertThat(ranked.getString("items[0].organizationId")).isEqualTo(earlier.organizationId().toString());
        assertThat(ranked.getLong("items[0].signals.FINDINGS")).isEqualTo(2);
        assertThat(ranked.getLong("items[0].score")).isEqualTo(2);
    }

    private UUID stationInspection(UUID roundId, UUID organizationId, List<UUID> extensions) {
        FormedTeam team = api.formTeam(term, roundId);
        UUID inspection = api.inspection(team.teamId(), organizationId, extensions);
        api.prepare(inspection, team);
        api.advance(inspection, "station", "STATIONED");
        return inspection;
    }

    private UUID cityDirected(String name) {
        return RoundApi.created(api.as(api.office())
                .body(Map.of("name", name, "type", "ORGAN", "parentId", county, "cityDirected", true))
                .post("/organizations"));
    }

    private io.restassured.response.Response rate() {
        return api.as(api.office()).get("/coverage/{term}", term).then().statusCode(200).extract().response();
    }

    private List<UUID> uncovered() {
        return api.as(api.office()).get("/coverage/{term}/uncovered", term).then().statusCode(200).extract().jsonPath()
                .getList("items.id", String.class).stream().map(UUID::fromString).toList();
    }

    private List<String> breachesAsOf(LocalDate asOf) {
        return api.as(api.office()).queryParam("asOf", asOf.toString()).get("/coverage/{term}/three-year-breaches", term)
                .then().statusCode(200).extract().jsonPath().getList("items.organizationId", String.class);
    }
}
