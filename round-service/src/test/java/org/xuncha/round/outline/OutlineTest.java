package org.xuncha.round.outline;

import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.xuncha.testing.Committee;
import org.xuncha.testing.RoundApi;
import org.xuncha.testing.RoundApi.FormedTeam;
import org.xuncha.testing.RoundApi.ReadyInspection;
import org.xuncha.testing.Tokens;

/** Interview outlines (谈话提纲, seed 001) over HTTP. */
@QuarkusTest
class OutlineTest {

    private static final String PROBLEM = "application/problem+json";
    private final RoundApi api = new RoundApi(RestAssured::given);

    @Test
    void theTeamsLeaderDraftsOneCommonOutlinePerInspection() {
        ReadyInspection stationed = api.stationed();
        FormedTeam team = stationed.team();

        common(team.memberToken(), stationed.inspectionId()).then().statusCode(403).contentType(PROBLEM);
        common(api.stationed().team().leaderToken(), stationed.inspectionId()).then().statusCode(400)
                .body("errors[0].field", equalTo("inspectionId"));
        common(team.leaderToken(), stationed.inspectionId()).then().statusCode(201).body("kind", equalTo("COMMON"))
                .body("handedOverLate", equalTo(false));
        common(team.leaderToken(), stationed.inspectionId()).then().statusCode(409)
                .body("type", equalTo("urn:xuncha:problem:duplicate"));
    }

    @Test
    void aPersonalOutlineHandedOverLessThanThreeDaysBeforeItsInterviewIsFlaggedNotRefused() {
        ReadyInspection stationed = api.stationed();
        FormedTeam team = stationed.team();
        LocalDate today = Committee.today();
        UUID late = RoundApi.created(personal(team.leaderToken(), stationed.inspectionId(), today.plusDays(2)));
        UUID inTime = RoundApi.created(personal(team.leaderToken(), stationed.inspectionId(), today.plusDays(5)));

        handOver(team.leaderToken(), late, today).then().statusCode(200).body("handedOverLate", equalTo(true))
                .body("handoverDueBy", equalTo(today.minusDays(1).toString()));
        handOver(api.office(), inTime, today).then().statusCode(200).body("handedOverLate", equalTo(false));

        UUID interview = RoundApi.created(api.as(team.leaderToken()).body(Map.of("inspectionId", stationed.inspectionId(),
                "category", "PRINCIPAL_LEADER", "interviewee", "张某，镇党委书记", "heldOn", today.toString(),
                "confidentialSummary", "谈话记录", "interviewers",
                List.of(team.leaderId(), team.memberId()))).post("/interviews"));
        api.as(team.leaderToken()).body(Map.of("interviewId", interview)).post("/interview-outlines/{id}/interview", late)
                .then().statusCode(200).body("interviewId", equalTo(interview.toString()))
                .body("handedOverLate", equalTo(true));

        api.as(api.office()).queryParam("inspectionId", stationed.inspectionId()).queryParam("late", true)
                .get("/interview-outlines").then().statusCode(200).body("items.id", equalTo(List.of(late.toString())));
        api.as(api.office()).queryParam("inspectionId", stationed.inspectionId()).queryParam("interviewId", interview)
                .get("/interview-outlines").then().statusCode(200).body("items.id", equalTo(List.of(late.toString())));
    }

    @Test
    void anInterviewHeldEarlierThanPlannedMovesTheHandoversDueDay() {
        ReadyInspection stationed = api.stationed();
        FormedTeam team = stationed.team();
        LocalDate today = Committee.today();
        UUID outline = RoundApi.created(personal(team.leaderToken(), stationed.inspectionId(), today.plusDays(3)));
        handOver(team.leaderToken(), outline, today).then().statusCode(200).body("handedOverLate", equalTo(false));
        UUID interview = RoundApi.created(interview(team, stationed.inspectionId()));
        api.as(team.leaderToken()).body(Map.of("interviewId", interview)).post("/interview-outlines/{id}/interview", outline)
                .then().statusCode(200).body("interviewHeldOn", equalTo(today.toString()))
                .body("handedOverLate", equalTo(true));
    }

    @Test
    void aPersonalOutlineIsHandedOverOnceAndNotInTheFuture() {
        ReadyInspection stationed = api.stationed();
        FormedTeam team = stationed.team();
        UUID outline = RoundApi.created(personal(team.leaderToken(), stationed.inspectionId(), Committee.today().plusDays(7)));
        UUID common = RoundApi.created(common(team.leaderToken(), stationed.inspectionId()));

        handOver(team.leaderToken(), outline, Committee.today().plusDays(1)).then().statusCode(400)
                .body("errors[0].field", equalTo("handedOverOn"));
        handOver(team.leaderToken(), outline, Committee.today()).then().statusCode(200);
        handOver(team.leaderToken(), outline, Committee.today()).then().statusCode(409).contentType(PROBLEM);
        handOver(team.leaderToken(), common, Committee.today()).then().statusCode(409);
        personal(team.leaderToken(), stationed.inspectionId(), Committee.today().minusDays(1)).then().statusCode(400)
                .body("errors[0].field", equalTo("interviewOn"));
    }

    @Test
    void anOutlineIsHeldAsAnInterviewOfItsOwnInspection() {
        ReadyInspection stationed = api.stationed();
        UUID outline = RoundApi.created(personal(stationed.team().leaderToken(), stationed.inspectionId(),
                Committee.today().plusDays(7)));
        ReadyInspection elsewhere = api.stationed();
        UUID othersInterview = RoundApi.created(interview(elsewhere.team(), elsewhere.inspectionId()));

        api.as(api.office()).body(Map.of("interviewId", othersInterview)).post("/interview-outlines/{id}/interview", outline)
                .then().statusCode(400).body("errors[0].field", equalTo("interviewId"));
        api.as(stationed.team().leaderToken()).body(Map.of("interviewId", othersInterview))
                .post("/interview-outlines/{id}/interview", outline).then().statusCode(400)
                .body("errors[0].field", equalTo("interviewId"));
    }

    @Test
    void personalOutlinesAreConfidentialLikeInterviews() {
        ReadyInspection stationed = api.stationed();
        FormedTeam team = stationed.team();
        UUID personal = RoundApi.created(personal(team.leaderToken(), stationed.inspectionId(), Committee.today().plusDays(7)));
        UUID common = RoundApi.created(common(team.leaderToken(), stationed.inspectionId()));

        api.as(team.leaderToken()).get("/interview-outlines/{id}", personal).then().statusCode(200)
                .body("interviewee", equalTo("张某，镇党委书记"));
        api.as(Tokens.as("LEADERSHIP").sign()).get("/interview-outlines/{id}", personal).then().statusCode(200);
        api.as(team.memberToken()).get("/interview-outlines/{id}", personal).then().statusCode(404).contentType(PROBLEM);
        api.as(team.memberToken()).get("/interview-outlines/{id}", common).then().statusCode(200);
        api.as(team.memberToken()).queryParam("inspectionId", stationed.inspectionId()).get("/interview-outlines")
                .then().statusCode(200).body("items.id", equalTo(List.of(common.toString())));
        api.as(api.stationed().team().leaderToken()).get("/interview-outlines/{id}", personal).then().statusCode(404);
        api.as(Tokens.as("DISCIPLINE").sign()).get("/interview-outlines/{id}", personal).then().statusCode(403);
        handOver(team.memberToken(), personal, Committee.today()).then().statusCode(403);
    }

    private Response common(String token, UUID inspectionId) {
        return api.as(token).body(Map.of("inspectionId", inspectionId, "kind", "COMMON", "title", "共性谈话提纲",
                "content", "一、落实全面从严治党主体责任情况")).post("/interview-outlines");
    }

    private Response personal(String token, UUID inspectionId, LocalDate interviewOn) {
        Map<String, Object> body = new HashMap<>(Map.of("inspectionId", inspectionId, "kind", "PERSONAL",
                "title", "与镇党委书记谈话提纲", "content", "“三重一大”事项集体决策情况", "interviewee", "张某，镇党委书记",
                "category", "PRINCIPAL_LEADER", "interviewOn", interviewOn.toString()));
        return api.as(token).body(body).post("/interview-outlines");
    }

    private Response handOver(String token, UUID outline, LocalDate on) {
        return api.as(token).body(Map.of("handedOverOn", on.toString(), "liaison", "镇党政办 刘某"))
                .post("/interview-outlines/{id}/handover", outline);
    }

    private Response interview(FormedTeam team, UUID inspectionId) {
        return api.as(team.leaderToken()).body(Map.of("inspectionId", inspectionId, "category", "PRINCIPAL_LEADER",
                "interviewee", "张某，镇党委书记", "heldOn", Committee.today().toString(), "confidentialSummary", "谈话记录",
                "interviewers", List.of(team.leaderId(), team.memberId()))).post("/interviews");
    }
}
