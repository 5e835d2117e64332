package org.xuncha.testing;

import static org.hamcrest.Matchers.equalTo;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Drives round-service's API the way the office and a team would, for tests that need an
 * organization, a team or an inspection at a given point of its life. Every step goes through the
 * public API, so the rules it passes are the ones production enforces.
 */
public final class RoundApi {

    private final Supplier<RequestSpecification> request;
    private final String office = Tokens.as("OFFICE").sign();

    public RoundApi(Supplier<RequestSpecification> request) {
        this.request = request;
    }

    /** A team of a round with a leader from the leader pool and one member from the specialist pool. */
    public record FormedTeam(UUID termId, UUID roundId, UUID teamId, UUID leaderId, UUID memberId) {

        /** The token of the team's leader. */
        public String leaderToken() {
            return Tokens.as("TEAM_LEADER").cadre(leaderId).sign();
        }

        /** The token of the team's other member. */
        public String memberToken() {
            return Tokens.as("TEAM_MEMBER").cadre(memberId).sign();
        }
    }

    /** An inspection in REPORTING with confirmed findings, ready for feedback. */
    public record ReadyInspection(UUID organizationId, UUID inspectionId, List<UUID> findingIds, FormedTeam team) {
    }

    public RequestSpecification as(String token) {
        return request.get().auth().oauth2(token).contentType("application/json");
    }

    /**
     * The import job at {@code location} ({@code /imports/{id}}, absolute or not) once it has ended
     * (neither QUEUED nor RUNNING), read as the office; fails after 60 s.
     */
    public JsonPath importEnded(String location) {
        String path = java.net.URI.create(location).getPath();
        for (int attempt = 0; attempt < 600; attempt++) {
            JsonPath job = as(office()).get(path).then().statusCode(200).extract().jsonPath();
            if (!List.of("QUEUED", "RUNNING").contains(job.getString("state"))) {
                return job;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while the import ran", interrupted);
            }
        }
        throw new AssertionError("the import at " + location + " did not end");
    }

    public String office() {
        return office;
    }

    public UUID organization(String name, String type) {
        return organizationUnder(null, name, type);
    }

    public UUID organizationUnder(UUID parentId, String name, String type) {
        Map<String, Object> body = new HashMap<>(Map.of(
                "name", name,
                "type", type,
                "principalLeader", Map.of("userId", "pl-" + UUID.randomUUID(), "name", "王建国", "post", "党委书记"),
                "leaderInCharge", Map.of("userId", "lic-" + UUID.randomUUID(), "name", "李明", "post", "副县长"),
                "disciplineBody", "县纪委监委第三监督检查室"));
        if (parentId != null) {
            body.put("parentId", parentId);
        }
        return created(as(office).body(body).post("/organizations"));
    }

    public UUID term() {
        return term(LocalDate.of(2022, 1, 1));
    }

    public UUID term(LocalDate startsOn) {
        return created(as(office).body(Map.of("name", "十一届县委 " + UUID.randomUUID(), "startsOn", startsOn.toString()))
                .post("/terms"));
    }

    public UUID round(UUID termId, int number) {
        return round(termId, number, "REGULAR");
    }

    public UUID round(UUID termId, int number, String kind) {
        Map<String, Object> body = new HashMap<>(Map.of("termId", termId, "number", number, "kind", kind));
        if (kind.equals("SPECIAL")) {
            body.put("theme", "扶贫领域");
        }
        if (kind.equals("LINKED")) {
            body.put("partnerCommittee", "市委巡察办");
        }
        return created(as(office).body(body).post("/rounds"));
    }

    public UUID team(UUID roundId) {
        return created(as(office).body(Map.of("roundId", roundId, "name", "第一巡察组 " + UUID.randomUUID())).post("/teams"));
    }

    /** A cadre with nothing that could conflict: no postings, relatives or home locality. */
    public UUID cadre(String name) {
        return cadre(Map.of("name", name));
    }

    /** A cadre; {@code fields} are the request's fields beyond the source system. */
    public UUID cadre(Map<String, Object> fields) {
        Map<String, Object> body = new HashMap<>(fields);
        body.putIfAbsent("sourceSystem", "DISCIPLINE");
        body.putIfAbsent("skills", List.of("纪检"));
        return created(as(office).body(body).post("/cadres"));
    }

    public void joinPool(String pool, UUID cadreId) {
        as(office).body(Map.of("cadreId", cadreId)).post("/pools/{pool}/members", pool)
                .then().log().ifValidationFails().statusCode(201);
    }

    public Response assign(UUID teamId, UUID cadreId, String position) {
        return as(office).body(Map.of("cadreId", cadreId, "position", position)).post("/teams/{id}/members", teamId);
    }

    /** A cadre in the leader pool, and one in the specialist pool, on a new team of the round. */
    public FormedTeam formTeam(UUID termId, UUID roundId) {
        UUID teamId = team(roundId);
        UUID leader = cadre("组长 " + UUID.randomUUID().toString().substring(0, 8));
        joinPool("LEADER", leader);
        UUID member = cadre("专员 " + UUID.randomUUID().toString().substring(0, 8));
        joinPool("SPECIALIST", member);
        assign(teamId, leader, "LEADER").then().log().ifValidationFails().statusCode(200);
        assign(teamId, member, "MEMBER").then().log().ifValidationFails().statusCode(200);
        return new FormedTeam(termId, roundId, teamId, leader, member);
    }

    public UUID inspection(UUID teamId, UUID organizationId) {
        return inspection(teamId, organizationId, List.of());
    }

    public UUID inspection(UUID teamId, UUID organizationId, List<UUID> extensions) {
        return created(as(office).body(Map.of("teamId", teamId, "organizationId", organizationId, "extensions", extensions))
                .post("/inspections"));
    }

    public void advance(UUID inspectionId, String step, String expectedState) {
        as(office).post("/inspections/{id}/" + step, inspectionId).then().log().ifValidationFails().statusCode(200)
                .body("state", equalTo(expectedState));
    }

    /** Sends an info request to a department; returns its id. */
    public UUID infoRequest(UUID inspectionId, String department) {
        return created(as(office).body(Map.of("inspectionId", inspectionId, "department", department,
                "dueOn", Committee.today().plusDays(10).toString())).post("/info-requests"));
    }

    public void answer(UUID infoRequestId, String confidentialSummary) {
        as(office).body(Map.of("materialCount", 3, "confidentialSummary", confidentialSummary))
                .post("/info-requests/{id}/answer", infoRequestId).then().log().ifValidationFails().statusCode(200);
    }

    public void train(UUID roundId, List<UUID> cadreIds) {
        created(as(office).body(Map.of("roundId", roundId, "title", "巡前培训", "heldOn", Committee.today().toString(),
                "attendees", cadreIds)).post("/trainings"));
    }

    public void commit(UUID teamId, UUID cadreId, String kind) {
        as(office).body(Map.of("kind", kind, "cadreId", cadreId)).post("/teams/{id}/commitments", teamId)
                .then().log().ifValidationFails().statusCode(201);
    }

    /** Everything stationing needs: info request answered, every member trained and committed. */
    public void prepare(UUID inspectionId, FormedTeam team) {
        advance(inspectionId, "preparation", "PREPARING");
        answer(infoRequest(inspectionId, "DISCIPLINE_COMMISSION"), "反映该单位主要负责人问题线索2件");
        train(team.roundId(), List.of(team.leaderId(), team.memberId()));
        for (UUID cadre : List.of(team.leaderId(), team.memberId())) {
            commit(team.teamId(), cadre, "DISCIPLINE");
            commit(team.teamId(), cadre, "CONFIDENTIALITY");
        }
    }

    /** A new township inspected by a new, prepared team of a new round, stationed. */
    public ReadyInspection stationed() {
        UUID organizationId = organization("城关镇党委 " + UUID.randomUUID(), "TOWNSHIP");
        UUID termId = term();
        FormedTeam team = formTeam(termId, round(termId, 1));
        UUID inspectionId = inspection(team.teamId(), organizationId);
        prepare(inspectionId, team);
        advance(inspectionId, "station", "STATIONED");
        return new ReadyInspection(organizationId, inspectionId, List.of(), team);
    }

    /** A lead of a stationed inspection, received, assessed, reported and transferred by the office to {@code body}. */
    public UUID transferredLead(ReadyInspection inspection, String body) {
        UUID lead = created(as(inspection.team().memberToken()).body(Map.of("inspectionId", inspection.inspectionId(),
                "summary", "村支书张某涉嫌侵占集体土地补偿款", "persons", "张某", "source", "个别谈话")).post("/leads"));
        as(inspection.team().leaderToken()).body(Map.of("assessment", "线索具体，可查性强（组内研判）"))
                .post("/leads/{id}/assessment", lead).then().log().ifValidationFails().statusCode(200);
        as(inspection.team().leaderToken()).post("/leads/{id}/report", lead).then().log().ifValidationFails()
                .statusCode(200);
        as(office).body(Map.of("body", body)).post("/leads/{id}/transfer", lead).then().log().ifValidationFails()
                .statusCode(200).body("state", equalTo("TRANSFERRED"));
        return lead;
    }

    /** An interview record of a stationed inspection, by its member with its leader (confidential). */
    public UUID interview(ReadyInspection inspection) {
        return created(as(inspection.team().memberToken()).body(Map.of(
                "inspectionId", inspection.inspectionId(), "category", "PRINCIPAL_LEADER", "interviewee", "张某，镇党委书记",
                "heldOn", Committee.today().toString(), "confidentialSummary", "反映班子议事规则执行不严",
                "interviewers", List.of(inspection.team().leaderId(), inspection.team().memberId()))).post("/interviews"));
    }

    /** A petition a stationed inspection received (confidential). */
    public UUID petition(ReadyInspection inspection) {
        return created(as(inspection.team().memberToken()).body(Map.of(
                "inspectionId", inspection.inspectionId(), "receivedOn", Committee.today().toString(), "channel", "LETTER",
                "petitioner", "匿名群众", "subject", "低保优亲厚友", "summary", "反映村干部亲属违规享受低保")).post("/petitions"));
    }

    /** A personal interview outline, drafted by the team's leader for an interview in five days (confidential). */
    public UUID personalOutline(ReadyInspection inspection) {
        return created(as(inspection.team().leaderToken()).body(Map.of("inspectionId", inspection.inspectionId(),
                "kind", "PERSONAL", "title", "与镇党委书记谈话提纲", "content", "一、落实主体责任情况",
                "interviewee", "张某，镇党委书记", "category", "PRINCIPAL_LEADER",
                "interviewOn", Committee.today().plusDays(5).toString())).post("/interview-outlines"));
    }

    public UUID confirmedFinding(ReadyInspection inspection, String categoryCode, String description) {
        String leader = inspection.team().leaderToken();
        UUID findingId = created(as(leader)
                .body(Map.of("inspectionId", inspection.inspectionId(), "categoryCode", categoryCode,
                        "description", description, "moneyInvolved", "1000.00"))
                .post("/findings"));
        as(leader).post("/findings/{id}/confirmation", findingId).then().log().ifValidationFails().statusCode(200);
        return findingId;
    }

    /**
     * A stationed inspection with {@code findings} confirmed findings, withdrawn to REPORTING, whose
     * inspection report the leadership approved: ready for feedback.
     */
    public ReadyInspection readyForFeedback(int findings) {
        ReadyInspection reporting = reporting(findings);
        approve(submittedReport(reporting));
        return reporting;
    }

    /** A stationed inspection with {@code findings} confirmed findings, withdrawn to REPORTING. */
    public ReadyInspection reporting(int findings) {
        ReadyInspection stationed = stationed();
        List<UUID> findingIds = new ArrayList<>();
        for (int i = 1; i <= findings; i++) {
            findingIds.add(confirmedFinding(stationed, "COUNTY-" + (1 + (i - 1) % 5), "问题 " + i));
        }
        advance(stationed.inspectionId(), "withdrawal", "REPORTING");
        return new ReadyInspection(stationed.organizationId(), stationed.inspectionId(), findingIds, stationed.team());
    }

    /** The team's leader drafts and submits the inspection report; returns its id. */
    public UUID submittedReport(ReadyInspection inspection) {
        String leader = inspection.team().leaderToken();
        UUID report = created(as(leader).body(Map.of("kind", "INSPECTION", "inspectionId", inspection.inspectionId(),
                "title", "关于巡察情况的报告", "body", "巡察发现的主要问题……")).post("/reports"));
        as(leader).post("/reports/{id}/submission", report).then().log().ifValidationFails().statusCode(200);
        return report;
    }

    public void approve(UUID reportId) {
        as(Tokens.as("LEADERSHIP").sign()).post("/reports/{id}/approval", reportId)
                .then().log().ifValidationFails().statusCode(200);
    }

    public Response issueFeedback(UUID inspectionId) {
        return as(office).body(Map.of(
                        "inspectionId", inspectionId,
                        "secretaryPoints", List.of(Map.of("persons", "村党支部书记张某", "matter", "集体资金账外运行")),
                        "accountabilityPoints", List.of(Map.of("persons", "会计李某", "matter", "虚报冒领"))))
                .post("/feedback");
    }

    /** The id of what a creation answered with, after checking it answered 201. */
    public static UUID created(Response response) {
        response.then().log().ifValidationFails().statusCode(201);
        return UUID.fromString(response.jsonPath().getString("id"));
    }
}
