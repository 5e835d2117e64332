package org.xuncha.round.readlog;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.xuncha.testing.Committee;
import org.xuncha.testing.RoundApi;
import org.xuncha.testing.RoundApi.ReadyInspection;
import org.xuncha.testing.Tokens;

/**
 * The read log of confidential records (按机密件办理): every read of a lead, an interview record, a
 * petition, an info-request answer or a case-opened notice leaves who, when, which record and which
 * operation; a refused read leaves nothing; a list leaves one entry per record it showed; only the
 * leadership reads the log.
 */
@QuarkusTest
class ReadLogTest {

    private final RoundApi api = new RoundApi(RestAssured::given);
    private final String leadership = Tokens.as("LEADERSHIP").sign();
    private ReadyInspection stationed;
    private UUID lead;

    @Inject
    DataSource dataSource;

    @BeforeEach
    void aStationedInspectionWithALead() {
        stationed = api.stationed();
        lead = receivedLead("村支书张某涉嫌侵占集体土地补偿款");
    }

    @Test
    void readingALeadLeavesOneEntryNamingTheReaderAndTheLead() {
        String subject = "leader-" + UUID.randomUUID();
        String leader = Tokens.as("TEAM_LEADER").cadre(stationed.team().leaderId()).subject(subject).sign();
        OffsetDateTime before = OffsetDateTime.now().minusSeconds(5);

        api.as(leader).get("/leads/{id}", lead).then().statusCode(200);

        JsonPath log = readsOf(lead);
        assertThat(log.getList("items")).hasSize(1);
        assertThat(log.getString("items[0].reader")).isEqualTo(subject);
        assertThat(log.getList("items[0].readerRoles", String.class)).containsExactly("TEAM_LEADER");
        assertThat(log.getString("items[0].recordKind")).isEqualTo("lead");
        assertThat(log.getString("items[0].recordId")).isEqualTo(lead.toString());
        assertThat(log.getString("items[0].operation")).isEqualTo("readLead");
        OffsetDateTime readAt = OffsetDateTime.parse(log.getString("items[0].readAt"));
        assertThat(readAt).isAfter(before);
        assertThat(readAt.getOffset()).isEqualTo(Committee.ZONE.getRules().getOffset(readAt.toInstant()));
    }

    @Test
    void aRefusedReadLeavesNoEntry() {
        String otherTeamsLeader = api.stationed().team().leaderToken();

        api.as(Tokens.as("UNIT").organization(stationed.organizationId()).sign()).get("/leads/{id}", lead)
                .then().statusCode(403);
        api.as(otherTeamsLeader).get("/leads/{id}", lead).then().statusCode(404);
        api.as(stationed.team().memberToken()).get("/leads/{id}", lead).then().statusCode(404);
        api.as(Tokens.as("DISCIPLINE").sign()).get("/leads/{id}", lead).then().statusCode(404);

        assertThat(readsOf(lead).getList("items")).isEmpty();
    }

    @Test
    void aListLeavesOneEntryPerRecordItShows() {
        UUID second = receivedLead("会计李某虚报冒领补助资金");
        String subject = "office-" + UUID.randomUUID();
        String office = Tokens.as("OFFICE").subject(subject).sign();

        api.as(office).queryParam("inspectionId", stationed.inspectionId()).get("/leads").then().statusCode(200)
                .body("items.size()", equalTo(2));
        api.as(office).queryParam("inspectionId", stationed.inspectionId()).queryParam("limit", 1).get("/leads")
                .then().statusCode(200).body("items.size()", equalTo(1));

        JsonPath log = given().auth().oauth2(leadership).queryParam("reader", subject).get("/read-log")
                .then().statusCode(200).extract().jsonPath();
        assertThat(log.getList("items.recordId", String.class)).containsExactly(lead.toString(), second.toString(),
                lead.toString());
        assertThat(log.getList("items.operation", String.class)).containsOnly("listLeads");
        assertThat(readsOf(second).getList("items")).hasSize(1);
    }

    @Test
    void anEmptyListLeavesNoEntry() {
        String subject = "leader-" + UUID.randomUUID();
        String otherTeamsLeader = Tokens.as("TEAM_LEADER").cadre(api.stationed().team().leaderId()).subject(subject).sign();

        api.as(otherTeamsLeader).queryParam("inspectionId", stationed.inspectionId()).get("/leads").then()
                .statusCode(200).body("items.size()", equalTo(0));

        given().auth().oauth2(leadership).queryParam("reader", subject).get("/read-log").then().statusCode(200)
                .body("items.size()", equalTo(0));
    }

    @Test
    void interviewsPetitionsInfoRequestAnswersAndCaseNoticesAreLoggedToo() {
        UUID interview = api.interview(stationed);
        UUID petition = api.petition(stationed);
        UUID notice = RoundApi.created(api.as(Tokens.as("DISCIPLINE").sign()).body(Map.of(
                "reference", "纪立〔2026〕" + UUID.randomUUID(), "organizationId", stationed.organizationId(),
                "personName", "赵某", "personPost", "党委副书记", "openedOn", Committee.today().minusDays(1).toString(),
                "note", "涉嫌违反廉洁纪律")).post("/case-notices"));
        String subject = "leadership-" + UUID.randomUUID();
        String reader = Tokens.as("LEADERSHIP").subject(subject).sign();
        UUID infoRequest = UUID.fromString(api.as(reader).queryParam("inspectionId", stationed.inspectionId())
                .get("/info-requests").then().statusCode(200).extract().jsonPath().getString("items[0].id"));

        api.as(reader).get("/interviews/{id}", interview).then().statusCode(200);
        api.as(reader).queryParam("inspectionId", stationed.inspectionId()).get("/interviews").then().statusCode(200);
        api.as(reader).get("/petitions/{id}", petition).then().statusCode(200);
        api.as(reader).queryParam("inspectionId", stationed.inspectionId()).get("/petitions").then().statusCode(200);
        api.as(reader).get("/info-requests/{id}", infoRequest).then().statusCode(200);
        api.as(reader).get("/case-notices/{id}", notice).then().statusCode(200);
        api.as(reader).queryParam("inspectionId", stationed.inspectionId()).get("/case-notices").then().statusCode(200);

        assertThat(operationsOn(interview)).containsExactly("interview:readInterview", "interview:listInterviews");
        assertThat(operationsOn(petition)).containsExactly("petition:readPetition", "petition:listPetitions");
        assertThat(operationsOn(infoRequest)).containsExactly("info_request:listInfoRequests",
                "info_request:readInfoRequest");
        assertThat(operationsOn(notice)).containsExactly("case_notice:readCaseNotice", "case_notice:listCaseNotices");
        given().auth().oauth2(leadership).queryParam("reader", subject).get("/read-log").then().statusCode(200)
                .body("items.size()", equalTo(8)); // the list of info requests that found its id is a read too
    }

    @Test
    void personalOutlinesLeadReportsAndTheFeedsLeadsAreLoggedButNotTheCommonOutline() {
        UUID personal = api.personalOutline(stationed);
        UUID common = RoundApi.created(api.as(stationed.team().leaderToken()).body(Map.of(
                "inspectionId", stationed.inspectionId(), "kind", "COMMON", "title", "共性谈话提纲", "content", "一、贯彻落实党的路线方针政策情况"))
                .post("/interview-outlines"));
        String feedEnd = feedEnd();
        UUID transferred = api.transferredLead(stationed, "DISCIPLINE_COMMISSION");
        UUID report = RoundApi.created(api.as(Tokens.as("DISCIPLINE").sign()).body(Map.of("reference",
                "纪办〔2026〕" + UUID.randomUUID(), "progress", "已初步核实")).post("/leads/{id}/progress-reports",
                transferred));
        String subject = "office-" + UUID.randomUUID();
        String reader = Tokens.as("OFFICE").subject(subject).sign();

        api.as(reader).get("/interview-outlines/{id}", personal).then().statusCode(200);
        api.as(reader).get("/interview-outlines/{id}", common).then().statusCode(200);
        api.as(reader).queryParam("inspectionId", stationed.inspectionId()).get("/interview-outlines").then()
                .statusCode(200).body("items.size()", equalTo(2));
        api.as(reader).get("/lead-reports/{id}", report).then().statusCode(200);
        api.as(reader).queryParam("leadId", transferred).get("/lead-reports").then().statusCode(200);
        var feed = api.as(reader).queryParam("limit", 500);
        (feedEnd == null ? feed : feed.queryParam("cursor", feedEnd)).get("/feeds/discipline-commission").then().statusCode(200).body("items.subject", org.hamcrest.Matchers.hasItem(transferred.toString()));

        assertThat(operationsOn(personal)).containsExactly("interview_outline:readInterviewOutline",
                "interview_outline:listInterviewOutlines");
        assertThat(readsOf(common).getList("items")).isEmpty();
        assertThat(operationsOn(report)).containsExactly("lead_report:readLeadReport", "lead_report:listLeadReports");
        assertThat(operationsOn(transferred)).containsExactly("lead:readDisciplineCommissionFeed");
    }

    /** Where the commission's feed ends now: its events after this are the test's own. */
    private String feedEnd() {
        String cursor = null;
        while (true) {
            var feed = api.as(Tokens.as("OFFICE").sign()).queryParam("limit", 500);
            JsonPath page = (cursor == null ? feed : feed.queryParam("cursor", cursor))
                    .get("/feeds/discipline-commission").then().statusCode(200).extract().jsonPath();
            if (page.getList("items").isEmpty()) {
                return cursor;
            }
            cursor = page.getString("next");
        }
    }

    @Test
    void theLogIsFilteredByRecordReaderAndTime() {
        api.as(Tokens.as("OFFICE").sign()).get("/leads/{id}", lead).then().statusCode(200);

        given().auth().oauth2(leadership).queryParam("recordKind", "lead").queryParam("recordId", lead.toString())
                .get("/read-log").then().statusCode(200).body("items.size()", equalTo(1));
        given().auth().oauth2(leadership).queryParam("recordKind", "petition").queryParam("recordId", lead.toString())
                .get("/read-log").then().statusCode(200).body("items.size()", equalTo(0));
        given().auth().oauth2(leadership).queryParam("recordId", lead.toString())
                .queryParam("from", "2999-01-01T00:00:00+08:00").get("/read-log").then().statusCode(200)
                .body("items.size()", equalTo(0));
        given().auth().oauth2(leadership).queryParam("recordId", lead.toString())
                .queryParam("to", "2000-01-01T00:00:00+08:00").get("/read-log").then().statusCode(200)
                .body("items.size()", equalTo(0));
        given().auth().oauth2(leadership).queryParam("recordId", "not-an-id").get("/read-log").then().statusCode(400)
                .body("errors[0].field", equalTo("recordId"));
    }

    @Test
    void onlyTheLeadershipReadsTheLog() {
        for (String token : List.of(Tokens.as("OFFICE").sign(), Tokens.as("UNIT").organization(UUID.randomUUID()).sign(),
                stationed.team().leaderToken(), stationed.team().memberToken(), Tokens.as("LEADER_IN_CHARGE").sign(),
                Tokens.as("DISCIPLINE").sign(), Tokens.as("ORGANIZATION").sign(),
                Tokens.as("INTEGRATION").system("DISCIPLINE_COMMISSION").sign())) {
            given().auth().oauth2(token).get("/read-log").then().statusCode(403);
        }
        given().get("/read-log").then().statusCode(401);
        given().auth().oauth2(leadership).get("/read-log").then().statusCode(200);
    }

    @Test
    void theLogIsAppendOnly() throws SQLException {
        api.as(Tokens.as("OFFICE").sign()).get("/leads/{id}", lead).then().statusCode(200);

        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            for (String tamper : List.of("update read_log set reader = 'nobody' where record_id = '" + lead + "'",
                    "delete from read_log where record_id = '" + lead + "'", "truncate read_log")) {
                assertThatThrownBy(() -> sql.execute(tamper)).isInstanceOf(SQLException.class)
                        .hasMessageContaining("the read log is append-only");
            }
        }
        assertThat(readsOf(lead).getList("items")).hasSize(1);
    }

    private UUID receivedLead(String summary) {
        return RoundApi.created(api.as(stationed.team().memberToken()).body(Map.of("inspectionId", stationed.inspectionId(),
                "summary", summary, "persons", "张某", "source", "个别谈话")).post("/leads"));
    }

    private JsonPath readsOf(UUID record) {
        return given().auth().oauth2(leadership).queryParam("recordId", record.toString()).get("/read-log")
                .then().statusCode(200).extract().jsonPath();
    }

    private List<String> operationsOn(UUID record) {
        JsonPath log = readsOf(record);
        List<String> kinds = log.getList("items.recordKind", String.class);
        List<String> operations = log.getList("items.operation", String.class);
        return java.util.stream.IntStream.range(0, kinds.size()).mapToObj(i -> kinds.get(i) + ":" + operations.get(i))
                .toList();
    }
}
