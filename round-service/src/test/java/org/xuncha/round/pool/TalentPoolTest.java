package org.xuncha.round.pool;

import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.xuncha.testing.RoundApi;

/** Pools are dynamic: join, suspend, reinstate, leave; teams draw only on active members. */
@QuarkusTest
class TalentPoolTest {

    private final RoundApi api = new RoundApi(RestAssured::given);

    @Test
    void aMemberIsSuspendedReinstatedAndLeaves() {
        UUID cadre = api.cadre("周明");
        api.joinPool("LEADER", cadre);

        change("LEADER", cadre, "suspension", Map.of("reason", "借调外地")).then().statusCode(200).body("status", equalTo("SUSPENDED"));
        change("LEADER", cadre, "reinstatement", Map.of()).then().statusCode(200).body("status", equalTo("ACTIVE"));
        change("LEADER", cadre, "departure", Map.of("reason", "退休")).then().statusCode(200).body("status", equalTo("LEFT"));
        api.as(api.office()).body(Map.of("cadreId", cadre)).post("/pools/LEADER/members")
                .then().statusCode(201).body("status", equalTo("ACTIVE"));
    }

    @Test
    void cadresAreFoundBySkill() {
        String skill = "审计" + UUID.randomUUID().toString().substring(0, 8);
        UUID auditor = api.cadre(Map.of("name", "审计员", "skills", List.of("财务", skill)));
        api.cadre(Map.of("name", "纪检员", "skills", List.of("纪检")));

        api.as(api.office()).queryParam("skill", skill).get("/cadres").then().statusCode(200)
                .body("items.id", org.hamcrest.Matchers.contains(auditor.toString()));
        api.as(api.office()).queryParam("skill", skill + "x").get("/cadres").then().statusCode(200)
                .body("items", org.hamcrest.Matchers.empty());
    }

    @Test
    void transitionsFromTheWrongStatusAreRefused() {
        UUID cadre = api.cadre("吴刚");
        api.joinPool("SPECIALIST", cadre);

        change("SPECIALIST", cadre, "reinstatement", Map.of()).then().statusCode(409).body("currentState", equalTo("ACTIVE"));
        change("SPECIALIST", cadre, "departure", Map.of("reason", "调离")).then().statusCode(200);
        change("SPECIALIST", cadre, "suspension", Map.of("reason", "x")).then().statusCode(409)
                .body("currentState", equalTo("LEFT"));
        change("SPECIALIST", cadre, "departure", Map.of("reason", "x")).then().statusCode(409);
    }

    @Test
    void joiningTwiceIsADuplicate() {
        UUID cadre = api.cadre("郑华");
        api.joinPool("SPECIALIST", cadre);
        api.as(api.office()).body(Map.of("cadreId", cadre)).post("/pools/SPECIALIST/members").then().statusCode(409);
    }

    @Test
    void aSuspensionNeedsAReason() {
        UUID cadre = api.cadre("冯伟");
        api.joinPool("LEADER", cadre);
        change("LEADER", cadre, "suspension", Map.of()).then().statusCode(400).body("errors[0].field", equalTo("reason"));
    }

    @Test
    void aTeamLeaderComesFromTheActiveLeaderPool() {
        UUID team = api.team(api.round(api.term(), 1));
        UUID specialist = api.cadre("陈刚");
        api.joinPool("SPECIALIST", specialist);
        api.assign(team, specialist, "LEADER").then().statusCode(409).body("type", equalTo("urn:xuncha:problem:not-in-pool"));

        UUID suspended = api.cadre("褚亮");
        api.joinPool("LEADER", suspended);
        change("LEADER", suspended, "suspension", Map.of("reason", "休假")).then().statusCode(200);
        api.assign(team, suspended, "LEADER").then().statusCode(409);

        api.assign(team, specialist, "MEMBER").then().statusCode(200);
    }

    @Test
    void aCadreInNoPoolCannotJoinATeam() {
        UUID team = api.team(api.round(api.term(), 1));
        api.assign(team, api.cadre("卫东"), "MEMBER").then().statusCode(409);
    }

    @Test
    void aTeamHasOneLeader() {
        UUID team = api.team(api.round(api.term(), 1));
        UUID first = api.cadre("蒋一");
        UUID second = api.cadre("沈二");
        api.joinPool("LEADER", first);
        api.joinPool("LEADER", second);
        api.assign(team, first, "LEADER").then().statusCode(200);
        api.assign(team, second, "LEADER").then().statusCode(409)
                .body("type", equalTo("urn:xuncha:problem:team-has-leader"));
    }

    private Response change(String pool, UUID cadre, String step, Map<String, Object> body) {
        return api.as(api.office()).body(body).post("/pools/{pool}/members/{cadre}/" + step, pool, cadre);
    }
}
