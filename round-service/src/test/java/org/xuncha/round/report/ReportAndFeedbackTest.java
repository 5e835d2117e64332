package org.xuncha.round.report;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.xuncha.testing.RoundApi;
import org.xuncha.testing.RoundApi.ReadyInspection;
import org.xuncha.testing.Tokens;

/** The inspection report lists the confirmed findings; feedback follows the leadership's approval. */
@QuarkusTest
class ReportAndFeedbackTest {

    private static final String PROBLEM = "application/problem+json";
    private final RoundApi api = new RoundApi(RestAssured::given);
    private final String leadership = Tokens.as("LEADERSHIP").sign();

    @Test
    void feedbackWithoutAnApprovedReportIsRefused() {
        ReadyInspection reporting = api.reporting(2);
        api.issueFeedback(reporting.inspectionId()).then().statusCode(409).contentType(PROBLEM)
                .body("type", equalTo("urn:xuncha:problem:report-not-approved"));

        UUID report = api.submittedReport(reporting);
        api.issueFeedback(reporting.inspectionId()).then().statusCode(409)
                .body("type", equalTo("urn:xuncha:problem:report-not-approved"));

        api.approve(report);
        api.issueFeedback(reporting.inspectionId()).then().statusCode(201)
                .body("findings.id", containsInAnyOrder(reporting.findingIds().stream().map(UUID::toString).toArray()));
    }

    @Test
    void feedbackIsIssuedByTheOfficeOrTheLeaderOfTheTeamThatInspected() {
        ReadyInspection ready = api.readyForFeedback(1);
        ReadyInspection elsewhere = api.stationed();
        Map<String, Object> feedback = Map.of("inspectionId", ready.inspectionId());

        api.as(elsewhere.team().leaderToken()).body(feedback).post("/feedback").then().statusCode(400)
                .contentType(PROBLEM).body("errors[0].field", equalTo("inspectionId"));
        api.as(ready.team().memberToken()).body(feedback).post("/feedback").then().statusCode(403).contentType(PROBLEM);

        api.as(ready.team().leaderToken()).body(feedback).post("/feedback").then().statusCode(201);
    }

    @Test
    void anotherTeamIsToldTheFeedbackDoesNotExist() {
        ReadyInspection ready = api.readyForFeedback(1);
        UUID feedback = RoundApi.created(api.issueFeedback(ready.inspectionId()));
        String otherTeamsMember = api.stationed().team().memberToken();

        api.as(otherTeamsMember).get("/feedback/{id}", feedback).then().statusCode(404).contentType(PROBLEM);
        api.as(otherTeamsMember).queryParam("inspectionId", ready.inspectionId()).get("/feedback")
                .then().statusCode(200).body("items.size()", equalTo(0));
        api.as(ready.team().memberToken()).get("/feedback/{id}", feedback).then().statusCode(200)
                .body("secretaryPoints[0].persons", equalTo("村党支部书记张某"));
    }

    @Test
    void anotherTeamsMemberIsToldTheReportDoesNotExist() {
        ReadyInspection reporting = api.reporting(1);
        UUID report = api.submittedReport(reporting);

        api.as(api.stationed().team().memberToken()).get("/reports/{id}", report).then().statusCode(404)
                .contentType(PROBLEM);
        api.as(reporting.team().memberToken()).get("/reports/{id}", report).then().statusCode(200);
    }

    @Test
    void theReportListsOnlyTheFindingsConfirmedWhenSubmitted() {
        ReadyInspection stationed = api.stationed();
        UUID confirmed = api.confirmedFinding(stationed, "COUNTY-4", "虚报冒领低保金");
        RoundApi.created(api.as(stationed.team().memberToken()).body(Map.of("inspectionId", stationed.inspectionId(),
                "categoryCode", "COUNTY-2", "description", "未经核实的反映")).post("/findings"));
        api.advance(stationed.inspectionId(), "withdrawal", "REPORTING");

        UUID report = api.submittedReport(stationed);
        api.as(api.office()).get("/reports/{id}", report).then().statusCode(200)
                .body("findingIds", equalTo(List.of(confirmed.toString())));
    }

    @Test
    void onlyTheLeadershipApprovesAndAReturnNeedsAReason() {
        ReadyInspection reporting = api.reporting(1);
        UUID report = api.submittedReport(reporting);

        api.as(api.office()).post("/reports/{id}/approval", report).then().statusCode(403);
        api.as(leadership).body(Map.of("reason", " ")).post("/reports/{id}/return", report)
                .then().statusCode(400).body("errors[0].field", equalTo("reason"));
        api.as(leadership).body(Map.of("reason", "问题定性不准，请补充证据")).post("/reports/{id}/return", report)
                .then().statusCode(200).body("state", equalTo("RETURNED"));
        api.as(leadership).post("/reports/{id}/approval", report).then().statusCode(409)
                .body("currentState", equalTo("RETURNED"));

        String leader = reporting.team().leaderToken();
        api.as(leader).body(Map.of("title", "关于巡察情况的报告（修改稿）", "body", "补充了证据")).put("/reports/{id}", report)
                .then().statusCode(200);
        api.as(leader).post("/reports/{id}/submission", report).then().statusCode(200);
        api.approve(report);
        api.as(leader).body(Map.of("title", "x", "body", "y")).put("/reports/{id}", report)
                .then().statusCode(409).body("currentState", equalTo("APPROVED"));
    }

    @Test
    void theInspectionReportIsTheTeamLeadersOnceTheTeamHasWithdrawn() {
        ReadyInspection stationed = api.stationed();
        Map<String, Object> draft = Map.of("kind", "INSPECTION", "inspectionId", stationed.inspectionId(),
                "title", "报告", "body", "正文");
        api.as(stationed.team().leaderToken()).body(draft).post("/reports").then().statusCode(409)
                .body("currentState", equalTo("STATIONED"));
        api.advance(stationed.inspectionId(), "withdrawal", "REPORTING");
        api.as(stationed.team().memberToken()).body(draft).post("/reports").then().statusCode(403);
        api.as(stationed.team().leaderToken()).body(draft).post("/reports").then().statusCode(201);
        api.as(stationed.team().leaderToken()).body(draft).post("/reports").then().statusCode(409)
                .body("type", equalTo("urn:xuncha:problem:duplicate"));
    }

    @Test
    void recommendationsFollowApproval() {
        ReadyInspection reporting = api.reporting(1);
        UUID report = api.submittedReport(reporting);
        Map<String, Object> recommendation = Map.of("department", "县民政局", "content", "建议开展低保专项清理");

        api.as(api.office()).body(recommendation).post("/reports/{id}/recommendations", report)
                .then().statusCode(409).body("currentState", equalTo("SUBMITTED"));
        api.approve(report);
        api.as(api.office()).body(recommendation).post("/reports/{id}/recommendations", report).then().statusCode(201);
        api.as(reporting.team().memberToken()).get("/reports/{id}/recommendations", report)
                .then().statusCode(200).body("items.department", equalTo(List.of("县民政局")));
    }

    @Test
    void topicReportsAreTheOfficesAndApprovedLikeTheOthers() {
        UUID round = api.round(api.term(), 1);
        UUID report = RoundApi.created(api.as(api.office()).body(Map.of("kind", "TOPIC", "roundId", round,
                "title", "关于农村集体“三资”管理问题的专题报告", "body", "……")).post("/reports"));
        api.as(api.office()).post("/reports/{id}/submission", report).then().statusCode(200);
        api.approve(report);
        api.as(api.office()).queryParam("roundId", round).get("/reports").then().statusCode(200)
                .body("items.kind", equalTo(List.of("TOPIC"))).body("items.state", equalTo(List.of("APPROVED")));
    }
}
