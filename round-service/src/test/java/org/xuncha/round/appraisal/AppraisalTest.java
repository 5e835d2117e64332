package org.xuncha.round.appraisal;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.xuncha.testing.Committee;
import org.xuncha.testing.RoundApi;
import org.xuncha.testing.RoundApi.ReadyInspection;
import org.xuncha.testing.Tokens;

/** The yearly appraisal of teams and cadres (seed 004 §17), over HTTP. */
@QuarkusTest
class AppraisalTest {

    private final RoundApi api = new RoundApi(RestAssured::given);

    @Test
    void aLeadThatLedToACaseCountsForMoreThanFindingsAndOtherLeads() {
        ReadyInspection stationed = api.stationed();
        api.confirmedFinding(stationed, "COUNTY-1", "三重一大事项未经集体决策");
        api.confirmedFinding(stationed, "COUNTY-2", "违规发放津贴补贴");
        UUID lead = api.transferredLead(stationed, "DISCIPLINE_COMMISSION");
        api.as(Tokens.as("DISCIPLINE").sign()).body(Map.of("reference", "纪处〔2026〕" + UUID.randomUUID(),
                        "kind", "CASE_FILED", "note", "已立案审查", "casesFiled", 1, "personsSanctioned", 1,
                        "judicialTransfers", 0))
                .post("/leads/{id}/disposition", lead).then().statusCode(200);

        JsonPath teams = page("/appraisals/teams");
        Map<String, Object> team = teams.getList("items", Map.class).stream()
                .filter(item -> stationed.team().teamId().toString().equals(item.get("id"))).findFirst().orElseThrow();
        assertThat(((Number) team.get("findings")).longValue()).isEqualTo(2);
        assertThat(((Number) team.get("leads")).longValue()).isEqualTo(1);
        assertThat(((Number) team.get("leadsToCases")).longValue()).isEqualTo(1);
        assertThat(((Number) team.get("score")).longValue()).isEqualTo(2 + 2 + 3);

        JsonPath cadres = page("/appraisals/cadres");
        Map<String, Object> member = cadres.getList("items", Map.class).stream()
                .filter(item -> stationed.team().memberId().toString().equals(item.get("id"))).findFirst().orElseThrow();
        assertThat(((Number) member.get("leads")).longValue()).isEqualTo(1);
        assertThat(member.get("servingSince")).isEqualTo(Committee.today().toString());
        assertThat(((Number) member.get("teams")).longValue()).isEqualTo(1);
    }

    @Test
    void appraisalsAreRankedBestFirstInPages() {
        api.confirmedFinding(api.stationed(), "COUNTY-1", "问题");
        api.confirmedFinding(api.stationed(), "COUNTY-2", "另一个问题");
        JsonPath first = api.as(api.office()).queryParam("year", Committee.today().getYear()).queryParam("limit", 1)
                .get("/appraisals/teams").then().statusCode(200).extract().jsonPath();
        String next = first.getString("next");
        assertThat(next).isNotNull();
        JsonPath second = api.as(api.office()).queryParam("year", Committee.today().getYear()).queryParam("limit", 1)
                .queryParam("cursor", next).get("/appraisals/teams").then().statusCode(200).extract().jsonPath();
        assertThat(second.getLong("items[0].score")).isLessThanOrEqualTo(first.getLong("items[0].score"));
        assertThat(second.getString("items[0].id")).isNotEqualTo(first.getString("items[0].id"));
        api.as(api.office()).queryParam("year", 1999).get("/appraisals/teams").then().statusCode(400);
        api.as(api.stationed().team().leaderToken()).queryParam("year", 2026).get("/appraisals/teams").then().statusCode(403);
    }

    private JsonPath page(String path) {
        return api.as(api.office()).queryParam("year", Committee.today().getYear()).queryParam("limit", 500).get(path)
                .then().statusCode(200).extract().jsonPath();
    }
}
