package org.xuncha.round.briefing;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.xuncha.testing.Committee;
import org.xuncha.testing.MovableClock;
import org.xuncha.testing.RoundApi;
import org.xuncha.testing.RoundApi.FormedTeam;
import org.xuncha.testing.RoundApi.ReadyInspection;
import org.xuncha.testing.Tokens;

/** Daily briefings (碰头会, seed 001) and the findings that name them, over HTTP. */
@QuarkusTest
class BriefingTest {

    private static final String PROBLEM = "application/problem+json";
    private final RoundApi api = new RoundApi(RestAssured::given);

    private final MovableClock clock;

    BriefingTest(MovableClock clock) {
        this.clock = clock;
    }

    @AfterEach
    void putTheClockBack() {
        clock.reset();
    }

    @Test
    void todayIsTheCommitteesTodayAlsoBeforeEightInTheMorningWhenUtcIsStillOnYesterday() {
        ReadyInspection stationed = api.stationed();
        ZonedDateTime now = ZonedDateTime.now(Committee.ZONE);
        ZonedDateTime halfPastOne = now.toLocalDate().plusDays(1).atTime(1, 30).atZone(Committee.ZONE);
        clock.advance(Duration.between(now, halfPastOne));
        LocalDate today = halfPastOne.toLocalDate();
        brief(stationed.team().memberToken(), stationed.inspectionId(), today, List.of(entry(null)))
                .then().statusCode(201).body("heldOn", equalTo(today.toString()));
        brief(stationed.team().memberToken(), stationed.inspectionId(), today.plusDays(1), List.of(entry(null)))
                .then().statusCode(400).body("errors[0].field", equalTo("heldOn"));
    }

    @Test
    void theTeamRecordsOneBriefingPerDayWhileStationed() {
        UUID termId = api.term();
        FormedTeam planned = api.formTeam(termId, api.round(termId, 1));
        UUID plannedInspection = api.inspection(planned.teamId(), api.organization("未进驻镇 " + UUID.randomUUID(), "TOWNSHIP"));
        brief(planned.memberToken(), plannedInspection, Committee.today(), List.of(entry(null))).then().statusCode(409)
                .contentType(PROBLEM).body("currentState", equalTo("PLANNED"));

        ReadyInspection stationed = api.stationed();
        brief(stationed.team().memberToken(), stationed.inspectionId(), Committee.today(), List.of(entry(null)))
                .then().statusCode(201).body("heldOn", equalTo(Committee.today().toString()));
        brief(stationed.team().leaderToken(), stationed.inspectionId(), Committee.today(), List.of(entry(null)))
                .then().statusCode(409).body("type", equalTo("urn:xuncha:problem:duplicate"));

        api.advance(stationed.inspectionId(), "withdrawal", "REPORTING");
        brief(stationed.team().leaderToken(), stationed.inspectionId(), Committee.today(), List.of(entry(null)))
                .then().statusCode(409).body("currentState", equalTo("REPORTING"));
    }

    @Test
    void aBriefingIsOfADayOfStationing() {
        ReadyInspection stationed = api.stationed();
        brief(stationed.team().memberToken(), stationed.inspectionId(), Committee.today().minusDays(1), List.of(entry(null)))
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("heldOn"));
        brief(stationed.team().memberToken(), stationed.inspectionId(), Committee.today().plusDays(1), List.of(entry(null)))
                .then().statusCode(400).body("errors[0].field", equalTo("heldOn"));
        brief(stationed.team().memberToken(), stationed.inspectionId(), Committee.today(), List.of())
                .then().statusCode(400).body("errors[0].field", equalTo("entries"));
    }

    @Test
    void eachEntryNamesASubGroupOfTheTeamOnce() {
        ReadyInspection stationed = api.stationed();
        FormedTeam team = stationed.team();
        UUID finance = subGroup(team);
        FormedTeam other = api.stationed().team();
        UUID othersGroup = subGroup(other);

        brief(team.memberToken(), stationed.inspectionId(), Committee.today(), List.of(entry(othersGroup)))
                .then().statusCode(400).body("errors[0].field", equalTo("entries[0].subGroupId"));
        brief(team.memberToken(), stationed.inspectionId(), Committee.today(), List.of(entry(finance), entry(finance)))
                .then().statusCode(400).body("errors[0].field", equalTo("entries[1].subGroupId"));
        brief(team.memberToken(), stationed.inspectionId(), Committee.today(), List.of(entry(finance), entry(null)))
                .then().statusCode(201).body("entries[0].subGroupId", equalTo(finance.toString()))
                .body("entries[1].found", equalTo("三公经费报销不规范"));
    }

    @Test
    void aFindingNamesABriefingOfItsOwnInspectionAndGrowsItsProblemList() {
        ReadyInspection stationed = api.stationed();
        FormedTeam team = stationed.team();
        UUID briefing = RoundApi.created(brief(team.memberToken(), stationed.inspectionId(), Committee.today(),
                List.of(entry(null))));
        ReadyInspection elsewhere = api.stationed();
        UUID othersBriefing = RoundApi.created(brief(elsewhere.team().memberToken(), elsewhere.inspectionId(),
                Committee.today(), List.of(entry(null))));

        finding(team.memberToken(), stationed.inspectionId(), othersBriefing).then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("briefingId"));
        UUID finding = RoundApi.created(finding(team.memberToken(), stationed.inspectionId(), briefing));
        api.as(team.leaderToken()).get("/findings/{id}", finding).then().statusCode(200)
                .body("briefingId", equalTo(briefing.toString()));
        RoundApi.created(finding(team.memberToken(), stationed.inspectionId(), null));

        api.as(team.leaderToken()).get("/daily-briefings/{id}/problem-list", briefing).then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].findingId", equalTo(finding.toString()))
                .body("items[0].state", equalTo("DRAFT"));
    }

    @Test
    void briefingsAreReadByTheTeamTheOfficeAndTheLeadershipOnly() {
        ReadyInspection stationed = api.stationed();
        FormedTeam team = stationed.team();
        UUID briefing = RoundApi.created(brief(team.leaderToken(), stationed.inspectionId(), Committee.today(),
                List.of(entry(null))));
        FormedTeam other = api.stationed().team();

        api.as(team.memberToken()).get("/daily-briefings/{id}", briefing).then().statusCode(200);
        api.as(Tokens.as("LEADERSHIP").sign()).get("/daily-briefings/{id}", briefing).then().statusCode(200);
        api.as(api.office()).queryParam("inspectionId", stationed.inspectionId()).get("/daily-briefings")
                .then().statusCode(200).body("items.id", equalTo(List.of(briefing.toString())));
        api.as(other.leaderToken()).get("/daily-briefings/{id}", briefing).then().statusCode(404).contentType(PROBLEM);
        api.as(other.leaderToken()).get("/daily-briefings/{id}/problem-list", briefing).then().statusCode(404);
        api.as(other.leaderToken()).queryParam("inspectionId", stationed.inspectionId()).get("/daily-briefings")
                .then().statusCode(404);
        brief(other.memberToken(), stationed.inspectionId(), Committee.today(), List.of(entry(null))).then().statusCode(400)
                .body("errors[0].field", equalTo("inspectionId"));
        api.as(Tokens.as("DISCIPLINE").sign()).get("/daily-briefings/{id}", briefing).then().statusCode(403);
    }

    private UUID subGroup(FormedTeam team) {
        return RoundApi.created(api.as(api.office()).body(Map.of("teamId", team.teamId(), "kind", "FINANCE_AUDIT",
                "members", List.of(team.leaderId(), team.memberId()))).post("/sub-groups"));
    }

    private Response brief(String token, UUID inspectionId, LocalDate day, List<Map<String, Object>> entries) {
        return api.as(token).body(Map.of("inspectionId", inspectionId, "heldOn", day.toString(),
                "summary", "梳理当天个别谈话和查阅资料发现的问题", "entries", entries)).post("/daily-briefings");
    }

    private static Map<String, Object> entry(UUID subGroupId) {
        return subGroupId == null ? Map.of("found", "三公经费报销不规范")
                : Map.of("subGroupId", subGroupId, "found", "三公经费报销不规范");
    }

    private Response finding(String token, UUID inspectionId, UUID briefingId) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("inspectionId", inspectionId, "categoryCode", "COUNTY-2",
                "description", "招待费无公函报销3笔"));
        if (briefingId != null) {
            body.put("briefingId", briefingId);
        }
        return api.as(token).body(body).post("/findings");
    }
}
