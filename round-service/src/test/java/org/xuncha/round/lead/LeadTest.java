package org.xuncha.round.lead;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.xuncha.testing.MovableClock;
import org.xuncha.testing.RoundApi;
import org.xuncha.testing.RoundApi.ReadyInspection;
import org.xuncha.testing.Tokens;

/**
 * Leads: RECEIVED → ASSESSED → REPORTED → TRANSFERRED → DISPOSED → ARCHIVED, each step by its own
 * hand; confidential to the office, the leadership, the team's leader and the receiving body.
 */
@QuarkusTest
class LeadTest {

    private static final String PROBLEM = "application/problem+json";
    private final RoundApi api = new RoundApi(RestAssured::given);
    private final String leadership = Tokens.as("LEADERSHIP").sign();
    private final String discipline = Tokens.as("DISCIPLINE").sign();
    private final String organization = Tokens.as("ORGANIZATION").sign();
    private final MovableClock clock;
    private ReadyInspection stationed;
    private UUID lead;

    LeadTest(MovableClock clock) {
        this.clock = clock;
    }

    @BeforeEach
    void aReceivedLead() {
        stationed = api.stationed();
        lead = RoundApi.created(api.as(stationed.team().memberToken()).body(Map.of("inspectionId", stationed.inspectionId(),
                "summary", "村支书张某涉嫌侵占集体土地补偿款", "persons", "张某", "source", "个别谈话")).post("/leads"));
    }

    @AfterEach
    void putTimeBack() {
        clock.reset();
    }

    @Test
    void anotherTeamCannotRegisterALeadOnThisInspection() {
        String otherTeamsMember = api.stationed().team().memberToken();

        api.as(otherTeamsMember).body(Map.of("inspectionId", stationed.inspectionId(), "summary", "另一组的线索",
                "persons", "李某", "source", "来信")).post("/leads")
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("inspectionId"));
    }

    @Test
    void everyStepIsRefusedFromTheWrongState() {
        report().then().statusCode(409).body("currentState", equalTo("RECEIVED"));
        transfer("DISCIPLINE_COMMISSION").then().statusCode(409).body("currentState", equalTo("RECEIVED"));
        dispose(discipline).then().statusCode(404);
        archive().then().statusCode(409).body("currentState", equalTo("RECEIVED"));

        assess().then().statusCode(200).body("state", equalTo("ASSESSED"));
        assess().then().statusCode(409).body("currentState", equalTo("ASSESSED"));
        transfer("DISCIPLINE_COMMISSION").then().statusCode(409);

        report().then().statusCode(200).body("state", equalTo("REPORTED"));
        report().then().statusCode(409);
        archive().then().statusCode(409);

        transfer("DISCIPLINE_COMMISSION").then().statusCode(200).body("state", equalTo("TRANSFERRED"));
        transfer("ORGANIZATION_DEPARTMENT").then().statusCode(409).body("currentState", equalTo("TRANSFERRED"));
        archive().then().statusCode(409);

        dispose(discipline).then().statusCode(200).body("state", equalTo("DISPOSED")).body("casesFiled", equalTo(1));
        dispose(discipline).then().statusCode(409).body("reason", equalTo("ALREADY_SETTLED"));

        archive().then().statusCode(200).body("state", equalTo("ARCHIVED"));
        archive().then().statusCode(409);
    }

    @Test
    void eachStepIsTakenByItsOwnHand() {
        api.as(stationed.team().memberToken()).body(Map.of("assessment", "x")).post("/leads/{id}/assessment", lead)
                .then().statusCode(403);
        api.as(api.office()).body(Map.of("assessment", "x")).post("/leads/{id}/assessment", lead)
                .then().statusCode(403);
        assess().then().statusCode(200);
        report().then().statusCode(200);
        api.as(stationed.team().leaderToken()).body(Map.of("body", "DISCIPLINE_COMMISSION"))
                .post("/leads/{id}/transfer", lead).then().statusCode(403);
        transfer("ORGANIZATION_DEPARTMENT").then().statusCode(200);

        dispose(discipline).then().statusCode(404).contentType(PROBLEM);
        dispose(organization).then().statusCode(200);
        api.as(organization).post("/leads/{id}/archive", lead).then().statusCode(403);
    }

    @Test
    void anotherBodyMustBeNamed() {
        assess().then().statusCode(200);
        report().then().statusCode(200);
        api.as(api.office()).body(Map.of("body", "OTHER")).post("/leads/{id}/transfer", lead)
                .then().statusCode(400).body("errors[0].field", equalTo("bodyName"));
        api.as(api.office()).body(Map.of("body", "OTHER", "bodyName", "县审计局")).post("/leads/{id}/transfer", lead)
                .then().statusCode(200).body("receivingBody", equalTo("县审计局"));
        dispose(api.office()).then().statusCode(200);
    }

    @Test
    void onlyTheConfidentialReadersKnowALeadExists() {
        readBy(stationed.team().leaderToken()).then().statusCode(200);
        readBy(api.office()).then().statusCode(200);
        readBy(leadership).then().statusCode(200);
        readBy(stationed.team().memberToken()).then().statusCode(404).contentType(PROBLEM);
        readBy(api.stationed().team().leaderToken()).then().statusCode(404);
        readBy(discipline).then().statusCode(404);
        readBy(Tokens.as("INTEGRATION").system("registry-import").sign()).then().statusCode(404).contentType(PROBLEM);
        readBy(Tokens.as("INTEGRATION").system("DISCIPLINE_COMMISSION").sign()).then().statusCode(404);

        assess().then().statusCode(200);
        report().then().statusCode(200);
        transfer("DISCIPLINE_COMMISSION").then().statusCode(200);

        readBy(discipline).then().statusCode(200);
        readBy(organization).then().statusCode(404);
        readBy(Tokens.as("INTEGRATION").system("DISCIPLINE_COMMISSION").sign()).then().statusCode(200);
        readBy(Tokens.as("INTEGRATION").system("ORGANIZATION_DEPARTMENT").sign()).then().statusCode(404);
        readBy(Tokens.as("INTEGRATION").system("registry-import").sign()).then().statusCode(404);
        readBy(Tokens.as("INTEGRATION").sign()).then().statusCode(404);
        assertThat(listedFor(Tokens.as("INTEGRATION").system("DISCIPLINE_COMMISSION").sign(), false))
                .contains(lead.toString());
        assertThat(listedFor(Tokens.as("INTEGRATION").system("registry-import").sign(), false)).isEmpty();
        assertThat(listedFor(discipline, false)).contains(lead.toString());
        assertThat(listedFor(organization, false)).doesNotContain(lead.toString());
        assertThat(listedFor(stationed.team().memberToken(), false)).isEmpty();
    }

    @Test
    void aTransferredLeadWithoutAReportInTheLastQuarterIsOverdue() {
        assess().then().statusCode(200);
        report().then().statusCode(200);
        transfer("DISCIPLINE_COMMISSION").then().statusCode(200).body("reportDueAt", org.hamcrest.Matchers.notNullValue());

        clock.advance(Duration.ofDays(80));
        assertThat(listedFor(api.office(), true)).doesNotContain(lead.toString());
        readBy(api.office()).then().body("overdue", equalTo(false));

        clock.advance(Duration.ofDays(15));
        assertThat(listedFor(api.office(), true)).contains(lead.toString());
        readBy(discipline).then().body("overdue", equalTo(true));

        reportProgress(discipline).then().statusCode(201);
        readBy(discipline).then().body("overdue", equalTo(false));
        assertThat(listedFor(api.office(), true)).doesNotContain(lead.toString());

        clock.advance(Duration.ofDays(80));
        readBy(api.office()).then().body("overdue", equalTo(false));
        clock.advance(Duration.ofDays(15));
        assertThat(listedFor(api.office(), true)).contains(lead.toString());

        dispose(discipline).then().statusCode(200).body("overdue", equalTo(false)).body("reportDueAt", org.hamcrest.Matchers.nullValue());
        assertThat(listedFor(api.office(), true)).doesNotContain(lead.toString());
    }

    private Response assess() {
        return api.as(stationed.team().leaderToken()).body(Map.of("assessment", "线索具体，可查性强"))
                .post("/leads/{id}/assessment", lead);
    }

    private Response report() {
        return api.as(stationed.team().leaderToken()).post("/leads/{id}/report", lead);
    }

    private Response transfer(String body) {
        return api.as(api.office()).body(Map.of("body", body)).post("/leads/{id}/transfer", lead);
    }

    private Response dispose(String token) {
        return api.as(token).body(Map.of("reference", "纪办〔2026〕" + UUID.randomUUID(), "kind", "CASE_FILED",
                "note", "已立案审查", "casesFiled", 1, "personsSanctioned", 1, "judicialTransfers", 0))
                .post("/leads/{id}/disposition", lead);
    }

    private Response reportProgress(String token) {
        return api.as(token).body(Map.of("reference", "纪办〔2026〕" + UUID.randomUUID(), "progress", "正在核实"))
                .post("/leads/{id}/progress-reports", lead);
    }

    private Response archive() {
        return api.as(api.office()).post("/leads/{id}/archive", lead);
    }

    private Response readBy(String token) {
        return api.as(token).get("/leads/{id}", lead);
    }

    private List<String> listedFor(String token, boolean overdue) {
        return api.as(token).queryParam("inspectionId", stationed.inspectionId()).queryParam("overdue", overdue)
                .get("/leads").then().statusCode(200).extract().jsonPath().getList("items.id", String.class);
    }
}
