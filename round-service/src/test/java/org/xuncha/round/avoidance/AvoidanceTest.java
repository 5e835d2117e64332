package org.xuncha.round.avoidance;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.xuncha.testing.RoundApi;
import org.xuncha.testing.Tokens;

/**
 * 三回避: a cadre may not inspect where they work or worked (POSTING), where a declared relative holds
 * a post (KINSHIP), or their home locality in a township or village inspection (REGION); the
 * leadership group may override with a written reason.
 */
@QuarkusTest
class AvoidanceTest {

    private static final String PROBLEM = "application/problem+json";
    private final RoundApi api = new RoundApi(RestAssured::given);
    private final String leadership = Tokens.as("LEADERSHIP").sign();

    private UUID county;
    private UUID township;
    private UUID village;
    private UUID otherTownship;
    private UUID team;

    @BeforeEach
    void aTeamInspectingATownship() {
        county = api.organization("回避县委 " + UUID.randomUUID(), "COUNTY");
        township = api.organizationUnder(county, "河口镇党委", "TOWNSHIP");
        village = api.organizationUnder(township, "河口村党支部", "VILLAGE");
        otherTownship = api.organizationUnder(county, "山前镇党委", "TOWNSHIP");
        team = api.team(api.round(api.term(), 1));
        api.inspection(team, township);
    }

    @Test
    void havingWorkedBelowTheInspectedOrganizationIsAPostingConflict() {
        UUID cadre = specialist(Map.of("name", "钱进", "postings",
                List.of(Map.of("organizationId", village, "post", "驻村第一书记", "fromDate", "2016-01-01", "toDate", "2018-12-31"))));

        api.assign(team, cadre, "MEMBER").then().statusCode(409).contentType(PROBLEM)
                .body("type", equalTo("urn:xuncha:problem:avoidance-conflict"))
                .body("grounds", equalTo(List.of("POSTING")))
                .body("conflicts[0].organizationId", equalTo(township.toString()))
                .body("conflicts[0].detail", containsString("驻村第一书记"));
    }

    @Test
    void workingInTheInspectedOrganizationNowIsAPostingConflict() {
        UUID cadre = specialist(Map.of("name", "孙立", "homeOrganizationId", township));

        api.assign(team, cadre, "MEMBER").then().statusCode(409).body("grounds", equalTo(List.of("POSTING")));
    }

    @Test
    void aRelativeHoldingAPostThereIsAKinshipConflict() {
        UUID cadre = specialist(Map.of("name", "李红", "relatives",
                List.of(Map.of("name", "李某", "relation", "兄弟", "organizationId", township, "post", "副镇长"))));

        api.assign(team, cadre, "MEMBER").then().statusCode(409)
                .body("grounds", equalTo(List.of("KINSHIP")))
                .body("detail", containsString("李红 may not inspect 河口镇党委 (KINSHIP)"));
    }

    @Test
    void comingFromAVillageOfTheInspectedTownshipIsARegionConflict() {
        UUID cadre = specialist(Map.of("name", "周强", "homeLocalityId", village));

        api.assign(team, cadre, "MEMBER").then().statusCode(409).body("grounds", equalTo(List.of("REGION")));
    }

    @Test
    void allThreeGroundsAreNamedTogether() {
        UUID cadre = specialist(Map.of("name", "吴敏", "homeLocalityId", village,
                "postings", List.of(Map.of("organizationId", township, "post", "镇长")),
                "relatives", List.of(Map.of("name", "吴某", "relation", "配偶", "organizationId", township))));

        api.assign(team, cadre, "MEMBER").then().statusCode(409)
                .body("grounds", equalTo(List.of("POSTING", "KINSHIP", "REGION")))
                .body("conflicts", hasSize(3));
    }

    @Test
    void aCadreFromElsewhereHasNoConflict() {
        UUID cadre = specialist(Map.of("name", "郑洁", "homeLocalityId", otherTownship,
                "postings", List.of(Map.of("organizationId", otherTownship, "post", "副镇长")),
                "relatives", List.of(Map.of("name", "郑某", "relation", "父亲", "organizationId", otherTownship))));

        api.assign(team, cadre, "MEMBER").then().statusCode(200);
    }

    @Test
    void regionAppliesOnlyToLocalities() {
        UUID organ = api.organizationUnder(county, "县财政局党组", "ORGAN");
        UUID organTeam = api.team(api.round(api.term(), 1));
        api.inspection(organTeam, organ);
        UUID cadre = specialist(Map.of("name", "王芳", "homeLocalityId", township));

        api.assign(organTeam, cadre, "MEMBER").then().statusCode(200);
    }

    @Test
    void addingAnInspectionToATeamWithMembersIsChecked() {
        UUID other = api.team(api.round(api.term(), 1));
        UUID cadre = specialist(Map.of("name", "冯军", "homeLocalityId", village));
        api.assign(other, cadre, "MEMBER").then().statusCode(200);

        api.as(api.office()).body(Map.of("teamId", other, "organizationId", township)).post("/inspections")
                .then().statusCode(409).body("grounds", equalTo(List.of("REGION")));
        api.as(api.office()).body(Map.of("teamId", other, "organizationId", otherTownship)).post("/inspections")
                .then().statusCode(201);
    }

    @Test
    void extendingAnInspectionToAConflictingVillageIsChecked() {
        UUID other = api.team(api.round(api.term(), 1));
        UUID inspection = api.inspection(other, otherTownship);
        UUID farVillage = api.organizationUnder(otherTownship, "山前村党支部", "VILLAGE");
        UUID cadre = specialist(Map.of("name", "陈静", "relatives",
                List.of(Map.of("name", "陈某", "relation", "女儿", "organizationId", farVillage, "post", "村会计"))));
        api.assign(other, cadre, "MEMBER").then().statusCode(200);

        api.as(api.office()).body(Map.of("extensions", List.of(farVillage))).post("/inspections/{id}/extensions", inspection)
                .then().statusCode(409).body("grounds", equalTo(List.of("KINSHIP")));
    }

    @Test
    void anOverrideWithoutAReasonIsRefused() {
        UUID cadre = specialist(Map.of("name", "褚强", "homeLocalityId", village));

        api.as(leadership).body(Map.of("cadreId", cadre, "position", "MEMBER", "override", Map.of()))
                .post("/teams/{id}/members", team)
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("override.reason"));
        api.as(leadership).body(Map.of("cadreId", cadre, "position", "MEMBER", "override", Map.of("reason", "  ")))
                .post("/teams/{id}/members", team)
                .then().statusCode(400);
    }

    @Test
    void onlyTheLeadershipMayOverride() {
        UUID cadre = specialist(Map.of("name", "卫兵", "homeLocalityId", village));

        api.as(api.office()).body(Map.of("cadreId", cadre, "position", "MEMBER", "override", Map.of("reason", "急需")))
                .post("/teams/{id}/members", team)
                .then().statusCode(403).contentType(PROBLEM);
    }

    @Test
    void anOverrideWithAReasonIsRecorded() {
        UUID cadre = specialist(Map.of("name", "蒋平", "homeLocalityId", village,
                "relatives", List.of(Map.of("name", "蒋某", "relation", "叔叔", "organizationId", township))));
        String reason = "该同志离乡二十年，与被巡察单位无利害关系，经领导小组研究同意";

        api.as(leadership).body(Map.of("cadreId", cadre, "position", "MEMBER", "override", Map.of("reason", reason)))
                .post("/teams/{id}/members", team)
                .then().statusCode(200);

        api.as(leadership).get("/teams/{id}/avoidance-overrides", team)
                .then().statusCode(200)
                .body("items.ground", containsInAnyOrder("REGION", "KINSHIP"))
                .body("items.reason", equalTo(List.of(reason, reason)))
                .body("items.cadreId", equalTo(List.of(cadre.toString(), cadre.toString())));
        api.as(api.office()).get("/inspections/{id}/preparation", firstInspectionOf(team))
                .then().statusCode(200).body("missing.requirement", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem("AVOIDANCE")));
    }

    @Test
    void theDryRunChecksEveryCadreAgainstEveryOrganization() {
        UUID near = api.cadre(Map.of("name", "沈一", "homeLocalityId", village));
        UUID far = api.cadre(Map.of("name", "韩二"));

        api.as(api.office()).body(Map.of("cadreIds", List.of(near, far), "organizationIds", List.of(township, otherTownship)))
                .post("/avoidance-checks")
                .then().statusCode(200)
                .body("conflicts", hasSize(1))
                .body("conflicts[0].cadreId", equalTo(near.toString()))
                .body("conflicts[0].ground", equalTo("REGION"));
    }

    private UUID specialist(Map<String, Object> fields) {
        UUID cadre = api.cadre(fields);
        api.joinPool("SPECIALIST", cadre);
        return cadre;
    }

    private UUID firstInspectionOf(UUID teamId) {
        return UUID.fromString(api.as(api.office()).queryParam("teamId", teamId).get("/inspections")
                .then().statusCode(200).extract().path("items[0].id"));
    }
}
