package org.xuncha.round.evidence;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.xuncha.testing.Committee;
import org.xuncha.testing.RoundApi;
import org.xuncha.testing.RoundApi.FormedTeam;
import org.xuncha.testing.RoundApi.ReadyInspection;
import org.xuncha.testing.Tokens;

/** Evidence is taken by the team while stationed; interviews and petitions are confidential. */
@QuarkusTest
class EvidenceTest {

    private static final String PROBLEM = "application/problem+json";
    private final RoundApi api = new RoundApi(RestAssured::given);

    @Test
    void anInterviewNeedsTwoInterviewersFromTheTeam() {
        ReadyInspection stationed = api.stationed();
        FormedTeam team = stationed.team();

        interview(stationed, team.memberToken(), List.of(team.memberId())).then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("interviewers"));
        interview(stationed, team.memberToken(), List.of(team.memberId(), api.cadre("外人"))).then().statusCode(400)
                .body("errors[0].field", equalTo("interviewers"));
        interview(stationed, team.memberToken(), List.of(team.memberId(), team.leaderId())).then().statusCode(201)
                .body("category", equalTo("PRINCIPAL_LEADER"));
    }

    @Test
    void anotherTeamCannotRecordAnInterviewOnThisInspection() {
        ReadyInspection stationed = api.stationed();
        FormedTeam other = api.stationed().team();

        interview(stationed, other.memberToken(), List.of(other.memberId(), other.leaderId())).then().statusCode(400)
                .contentType(PROBLEM).body("errors[0].field", equalTo("inspectionId"));
        interview(stationed, stationed.team().memberToken(), List.of(stationed.team().memberId(), stationed.team().leaderId()))
                .then().statusCode(201);
    }

    @Test
    void evidenceIsRefusedBeforeStationingAndAfterWithdrawal() {
        UUID termId = api.term();
        FormedTeam team = api.formTeam(termId, api.round(termId, 1));
        UUID inspection = api.inspection(team.teamId(), api.organization("未进驻镇党委", "TOWNSHIP"));
        ReadyInspection preparing = new ReadyInspection(null, inspection, List.of(), team);
        interview(preparing, team.leaderToken(), List.of(team.memberId(), team.leaderId())).then().statusCode(409)
                .body("currentState", equalTo("PLANNED"));

        ReadyInspection reporting = api.reporting(0);
        interview(reporting, reporting.team().leaderToken(), List.of(reporting.team().memberId(), reporting.team().leaderId()))
                .then().statusCode(409).body("currentState", equalTo("REPORTING"));
        api.as(reporting.team().memberToken()).body(Map.of("inspectionId", reporting.inspectionId(),
                        "visitedOn", Committee.today().toString(), "place", "村部", "notes", "走访"))
                .post("/visits").then().statusCode(409);
    }

    @Test
    void anInterviewIsReadByTheTeamLeaderButNotByOtherMembers() {
        ReadyInspection stationed = api.stationed();
        FormedTeam team = stationed.team();
        UUID interview = RoundApi.created(interview(stationed, team.memberToken(), List.of(team.memberId(), team.leaderId())));

        api.as(team.leaderToken()).get("/interviews/{id}", interview).then().statusCode(200)
                .body("interviewee", equalTo("张某，镇党委书记"));
        api.as(api.office()).get("/interviews/{id}", interview).then().statusCode(200);
        api.as(team.memberToken()).get("/interviews/{id}", interview).then().statusCode(404).contentType(PROBLEM);
        api.as(team.memberToken()).queryParam("inspectionId", stationed.inspectionId()).get("/interviews")
                .then().statusCode(404);
        FormedTeam other = api.stationed().team();
        api.as(other.leaderToken()).get("/interviews/{id}", interview).then().statusCode(404);
        api.as(Tokens.as("DISCIPLINE").sign()).get("/interviews/{id}", interview).then().statusCode(403).contentType(PROBLEM);
    }

    @Test
    void anInterviewLinksToFindingsOfItsInspectionOnly() {
        ReadyInspection stationed = api.stationed();
        FormedTeam team = stationed.team();
        UUID interview = RoundApi.created(interview(stationed, team.leaderToken(), List.of(team.memberId(), team.leaderId())));
        UUID finding = api.confirmedFinding(stationed, "COUNTY-2", "作风霸道");
        UUID elsewhere = api.confirmedFinding(api.stationed(), "COUNTY-2", "别处的问题");

        api.as(team.leaderToken()).body(Map.of("findingIds", List.of(elsewhere))).post("/interviews/{id}/links", interview)
                .then().statusCode(400).body("errors[0].field", equalTo("findingIds"));
        api.as(team.leaderToken()).body(Map.of("findingIds", List.of(finding))).post("/interviews/{id}/links", interview)
                .then().statusCode(200).body("findingIds", equalTo(List.of(finding.toString())));
    }

    @Test
    void reviewsWorkThroughTheChecklistsAsData() {
        ReadyInspection stationed = api.stationed();
        String member = stationed.team().memberToken();
        String code = "DOC-X" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        api.as(api.office()).body(Map.of("kind", "DOCUMENT", "code", code, "name", "选人用人工作情况"))
                .post("/review-items").then().statusCode(201);

        UUID review = RoundApi.created(api.as(member).body(Map.of("inspectionId", stationed.inspectionId(), "kind", "DOCUMENT"))
                .post("/reviews"));
        api.as(member).body(Map.of("inspectionId", stationed.inspectionId(), "kind", "DOCUMENT")).post("/reviews")
                .then().statusCode(409);
        api.as(member).body(Map.of("note", "2025年3次“三重一大”事项未经集体研究")).post("/reviews/{id}/items/DOC-2", review)
                .then().statusCode(200).body("checked", equalTo(true));

        api.as(member).get("/reviews/{id}", review).then().statusCode(200)
                .body("items.itemCode[0]", equalTo("DOC-1"))
                .body("items.find { it.itemCode == '" + code + "' }.name", equalTo("选人用人工作情况"))
                .body("items.findAll { it.checked }.itemCode", equalTo(List.of("DOC-2")));
        RoundApi.created(api.as(member).body(Map.of("inspectionId", stationed.inspectionId(), "kind", "FINANCIAL"))
                .post("/reviews"));
        api.as(member).queryParam("kind", "FINANCIAL").get("/review-items").then().statusCode(200)
                .body("items.code", equalTo(List.of("FIN-1", "FIN-2", "FIN-3", "FIN-4", "FIN-5", "FIN-6")));
    }

    @Test
    void surveyTalliesCountEachQuestion() {
        ReadyInspection stationed = api.stationed();
        String member = stationed.team().memberToken();
        UUID survey = RoundApi.created(api.as(member).body(Map.of("inspectionId", stationed.inspectionId(),
                "title", "民主测评", "questions", List.of("班子是否团结？", "是否存在吃拿卡要？"))).post("/surveys"));

        respond(member, survey, List.of(answer(1, true, null), answer(2, false, "没有")));
        respond(member, survey, List.of(answer(1, true, "团结"), answer(2, true, "有")));
        respond(member, survey, List.of(answer(1, false, null)));
        api.as(member).body(Map.of("answers", List.of(answer(3, true, null)))).post("/surveys/{id}/responses", survey)
                .then().statusCode(400).body("errors[0].field", equalTo("answers[0].number"));
        api.as(member).body(Map.of("answers", List.of(answer(1, true, null), answer(1, false, null))))
                .post("/surveys/{id}/responses", survey).then().statusCode(400);

        api.as(member).get("/surveys/{id}/tally", survey).then().statusCode(200)
                .body("items.yes", equalTo(List.of(2, 1)))
                .body("items.no", equalTo(List.of(1, 1)))
                .body("items.comments", equalTo(List.of(1, 2)));
    }

    @Test
    void aPetitionIsAboutTheInspectedOrganizationOrOneBelowAndIsConfidential() {
        ReadyInspection stationed = api.stationed();
        FormedTeam team = stationed.team();
        UUID elsewhere = api.organization("别处", "TOWNSHIP");
        api.as(team.memberToken()).body(petition(stationed.inspectionId(), elsewhere)).post("/petitions")
                .then().statusCode(400).body("errors[0].field", equalTo("organizationId"));
        UUID petition = RoundApi.created(api.as(team.memberToken()).body(petition(stationed.inspectionId(), null))
                .post("/petitions"));

        api.as(team.leaderToken()).get("/petitions/{id}", petition).then().statusCode(200)
                .body("organizationId", equalTo(stationed.organizationId().toString()))
                .body("petitioner", equalTo("匿名群众"));
        api.as(team.memberToken()).get("/petitions/{id}", petition).then().statusCode(404);
    }

    private io.restassured.response.Response interview(ReadyInspection inspection, String token, List<UUID> interviewers) {
        return api.as(token).body(Map.of("inspectionId", inspection.inspectionId(), "category", "PRINCIPAL_LEADER",
                "interviewee", "张某，镇党委书记", "heldOn", Committee.today().toString(),
                "confidentialSummary", "反映班子议事规则执行不严", "interviewers", interviewers)).post("/interviews");
    }

    private void respond(String token, UUID survey, List<Map<String, Object>> answers) {
        api.as(token).body(Map.of("answers", answers)).post("/surveys/{id}/responses", survey).then().statusCode(201);
    }

    private static Map<String, Object> answer(int number, boolean yes, String comment) {
        return comment == null ? Map.of("number", number, "yes", yes) : Map.of("number", number, "yes", yes, "comment", comment);
    }

    private static Map<String, Object> petition(UUID inspection, UUID about) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("inspectionId", inspection,
                "receivedOn", Committee.today().toString(), "channel", "LETTER", "petitioner", "匿名群众",
                "subject", "低保优亲厚友", "summary", "反映村干部亲属违规享受低保"));
        if (about != null) {
            body.put("organizationId", about);
        }
        return body;
    }

    @Test
    void anotherTeamsReviewOrSurveyAnswersExactlyLikeAMadeUpId() {
        ReadyInspection stationed = api.stationed();
        String member = stationed.team().memberToken();
        UUID review = RoundApi.created(api.as(member).body(Map.of("inspectionId", stationed.inspectionId(), "kind", "DOCUMENT"))
                .post("/reviews"));
        UUID survey = RoundApi.created(api.as(member).body(Map.of("inspectionId", stationed.inspectionId(),
                "title", "民主测评", "questions", List.of("班子是否团结？"))).post("/surveys"));
        String stranger = api.formTeam(api.term(), api.round(api.term(), 1)).leaderToken();

        for (String[] resource : new String[][] {{"/reviews/{id}", review.toString(), "Review"},
                {"/surveys/{id}", survey.toString(), "Survey"}}) {
            UUID madeUp = UUID.randomUUID();
            io.restassured.path.json.JsonPath existing = api.as(stranger).get(resource[0], resource[1])
                    .then().statusCode(404).contentType("application/problem+json").extract().jsonPath();
            io.restassured.path.json.JsonPath invented = api.as(stranger).get(resource[0], madeUp)
                    .then().statusCode(404).contentType("application/problem+json").extract().jsonPath();
            org.assertj.core.api.Assertions.assertThat(existing.getString("detail"))
                    .isEqualTo(resource[2] + " " + resource[1] + " does not exist")
                    .doesNotContain(stationed.inspectionId().toString());
            org.assertj.core.api.Assertions.assertThat(existing.getMap("").keySet()).isEqualTo(invented.getMap("").keySet());
            org.assertj.core.api.Assertions.assertThat(invented.getString("detail"))
                    .isEqualTo(resource[2] + " " + madeUp + " does not exist");
        }
    }
}
