package org.xuncha.round.reporthearing;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.LocalDate;
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

/** The leadership group hears each team within a week of its batch's end (seed 004 §12), over HTTP. */
@QuarkusTest
class ReportHearingTest {

    private static final String PROBLEM = "application/problem+json";
    private final RoundApi api = new RoundApi(RestAssured::given);
    private final MovableClock clock;

    ReportHearingTest(MovableClock clock) {
        this.clock = clock;
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aTeamIsHeardOnceAfterItWithdrewFromAllItsInspections() {
        ReadyInspection stationed = api.stationed();
        UUID team = stationed.team().teamId();
        hear(api.office(), team, Committee.today()).then().statusCode(409).contentType(PROBLEM)
                .body("type", equalTo("urn:xuncha:problem:team-not-withdrawn"));
        api.advance(stationed.inspectionId(), "withdrawal", "REPORTING");

        hear(api.office(), team, Committee.today().minusDays(1)).then().statusCode(400)
                .body("errors[0].field", equalTo("heardOn"));
        hear(api.office(), team, Committee.today().plusDays(1)).then().statusCode(400)
                .body("errors[0].field", equalTo("heardOn"));
        hear(stationed.team().leaderToken(), team, Committee.today()).then().statusCode(403);
        hear(Tokens.as("LEADERSHIP").sign(), team, Committee.today()).then().statusCode(201)
                .body("late", equalTo(false)).body("chairedBy", equalTo("县委巡察工作领导小组组长 王某"))
                .body("roundId", equalTo(stationed.team().roundId().toString()));
        hear(api.office(), team, Committee.today()).then().statusCode(409).body("type", equalTo("urn:xuncha:problem:duplicate"));
        hear(api.office(), UUID.randomUUID(), Committee.today()).then().statusCode(400).body("errors[0].field", equalTo("teamId"));
    }

    @Test
    void aBatchEndsWithItsLastWithdrawalAndIsOverdueWhenATeamIsNotHeardWithinAWeek() {
        UUID termId = api.term();
        UUID roundId = api.round(termId, 1);
        FormedTeam first = api.formTeam(termId, roundId);
        FormedTeam second = api.formTeam(termId, roundId);
        UUID firstInspection = stationedInspection(first);
        UUID secondInspection = stationedInspection(second);

        clock.advance(Duration.ofDays(-10));
        api.advance(firstInspection, "withdrawal", "REPORTING");
        batch(roundId).body("endedOn", equalTo(null)).body("overdue", equalTo(false));
        hear(api.office(), first.teamId(), Committee.today().minusDays(10)).then().statusCode(201).body("late", equalTo(false));
        clock.advance(Duration.ofDays(1));
        api.advance(secondInspection, "withdrawal", "REPORTING");
        clock.reset();

        LocalDate ended = Committee.today().minusDays(9);
        batch(roundId).body("endedOn", equalTo(ended.toString())).body("dueBy", equalTo(ended.plusDays(7).toString()))
                .body("overdue", equalTo(true))
                .body("teams.find { it.teamId == '" + first.teamId() + "' }.late", equalTo(false))
                .body("teams.find { it.teamId == '" + second.teamId() + "' }.late", equalTo(true));
        hear(api.office(), second.teamId(), Committee.today()).then().statusCode(201).body("late", equalTo(true));
        batch(roundId).body("overdue", equalTo(true));
        api.as(api.office()).queryParam("termId", termId).get("/report-hearings/overdue-batches").then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].roundId", equalTo(roundId.toString()));
        api.as(api.office()).queryParam("roundId", roundId).get("/report-hearings").then().statusCode(200)
                .body("items", hasSize(2));
    }

    @Test
    void aBatchWhoseTeamsWereHeardWithinTheWeekIsNotOverdue() {
        ReadyInspection stationed = api.stationed();
        api.advance(stationed.inspectionId(), "withdrawal", "REPORTING");
        UUID roundId = stationed.team().roundId();
        batch(roundId).body("endedOn", equalTo(Committee.today().toString())).body("overdue", equalTo(false))
                .body("teams[0].hearingId", equalTo(null));
        hear(api.office(), stationed.team().teamId(), Committee.today()).then().statusCode(201);
        clock.advance(Duration.ofDays(30));
        batch(roundId).body("overdue", equalTo(false)).body("teams[0].late", equalTo(false));
        api.as(api.office()).queryParam("termId", stationed.team().termId()).get("/report-hearings/overdue-batches")
                .then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void aHearingIsReadByTheOfficeTheLeadershipAndTheLeaderOfTheTeamHeard() {
        ReadyInspection stationed = api.stationed();
        api.advance(stationed.inspectionId(), "withdrawal", "REPORTING");
        UUID hearing = RoundApi.created(hear(api.office(), stationed.team().teamId(), Committee.today()));

        api.as(stationed.team().leaderToken()).get("/report-hearings/{id}", hearing).then().statusCode(200)
                .body("conclusions", equalTo("同意巡察组报告，问题线索按程序移交"));
        api.as(Tokens.as("LEADERSHIP").sign()).get("/report-hearings/{id}", hearing).then().statusCode(200);
        api.as(api.stationed().team().leaderToken()).get("/report-hearings/{id}", hearing).then().statusCode(404)
                .contentType(PROBLEM);
        api.as(stationed.team().memberToken()).get("/report-hearings/{id}", hearing).then().statusCode(403);
        api.as(stationed.team().leaderToken()).get("/report-hearings/batches/{id}", stationed.team().roundId())
                .then().statusCode(403);
        api.as(api.office()).get("/report-hearings/batches/{id}", UUID.randomUUID()).then().statusCode(404);
    }

    private UUID stationedInspection(FormedTeam team) {
        UUID inspection = api.inspection(team.teamId(), api.organization("镇党委 " + UUID.randomUUID(), "TOWNSHIP"));
        api.prepare(inspection, team);
        api.advance(inspection, "station", "STATIONED");
        return inspection;
    }

    private io.restassured.response.ValidatableResponse batch(UUID roundId) {
        return api.as(api.office()).get("/report-hearings/batches/{id}", roundId).then().statusCode(200);
    }

    private Response hear(String token, UUID teamId, LocalDate on) {
        return api.as(token).body(Map.of("teamId", teamId, "heardOn", on.toString(), "chairedBy", "县委巡察工作领导小组组长 王某",
                "conclusions", "同意巡察组报告，问题线索按程序移交")).post("/report-hearings");
    }
}
