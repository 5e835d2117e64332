package org.xuncha.round.casenotice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.xuncha.contract.Topics;
import org.xuncha.testing.Committee;
import org.xuncha.testing.RoundApi;
import org.xuncha.testing.RoundApi.ReadyInspection;
import org.xuncha.testing.Tokens;
import org.xuncha.testing.Topic;

/**
 * The commission tells of a case opened on a leader of an organization under inspection (seed 004 §16):
 * the team leader and the office see it on the inspection, nobody else; once per reference; refused and
 * recorded for an organization not under inspection.
 */
@QuarkusTest
class CaseNoticeTest {

    private final RoundApi api = new RoundApi(RestAssured::given);
    private final String commission = Tokens.as("INTEGRATION").system("DISCIPLINE_COMMISSION").sign();
    private final String bootstrapServers;
    private final ObjectMapper json;

    CaseNoticeTest(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers, ObjectMapper json) {
        this.bootstrapServers = bootstrapServers;
        this.json = json;
    }

    @Test
    void theTeamLeaderAndTheOfficeSeeTheNoticeOnTheInspectionAndNobodyElse() {
        ReadyInspection stationed = api.stationed();
        String reference = reference();
        String id = notice(commission, reference, stationed.organizationId()).then().statusCode(201)
                .body("inspectionIds", org.hamcrest.Matchers.contains(stationed.inspectionId().toString()))
                .extract().path("id");

        notice(commission, reference, stationed.organizationId()).then().statusCode(200).body("id", equalTo(id));
        assertThat(listedOn(stationed.team().leaderToken(), stationed.inspectionId())).containsExactly(id);
        assertThat(listedOn(api.office(), stationed.inspectionId())).containsExactly(id);
        read(stationed.team().leaderToken(), id).then().statusCode(200).body("personName", equalTo("赵某"));
        read(api.office(), id).then().statusCode(200);
        read(stationed.team().memberToken(), id).then().statusCode(404);
        read(api.stationed().team().leaderToken(), id).then().statusCode(404);
        read(Tokens.as("ORGANIZATION").sign(), id).then().statusCode(403);
        read(Tokens.as("INTEGRATION").system("ORGANIZATION_DEPARTMENT").sign(), id).then().statusCode(404);
        read(Tokens.as("INTEGRATION").system("registry-import").sign(), id).then().statusCode(404);
        assertThat(listedOn(stationed.team().memberToken(), stationed.inspectionId())).isEmpty();
        assertThat(listedOn(Tokens.as("INTEGRATION").system("registry-import").sign(), stationed.inspectionId())).isEmpty();
    }

    @Test
    void aNoticeForAnOrganizationNotUnderInspectionIsRefusedAndRecorded() {
        UUID quiet = api.organization("统计局党组 " + UUID.randomUUID(), "ORGAN");
        String reference = reference();

        notice(commission, reference, quiet).then().statusCode(409).body("reason", equalTo("NOT_UNDER_INSPECTION"));
        notice(commission, reference(), UUID.randomUUID()).then().statusCode(400)
                .body("errors[0].field", equalTo("organizationId"));
        notice(Tokens.as("INTEGRATION").system("ORGANIZATION_DEPARTMENT").sign(), reference(), quiet)
                .then().statusCode(403);

        assertThat(refusals(reference)).containsExactly("NOT_UNDER_INSPECTION");
    }

    @Test
    void aNoticeOnTheCommissionsTopicIsSeenOnTheInspection() throws Exception {
        ReadyInspection stationed = api.stationed();
        String reference = reference();
        Topic.on(bootstrapServers, Topics.FROM_DISCIPLINE_COMMISSION).send(stationed.organizationId().toString(),
                json.writeValueAsString(Map.of("eventId", UUID.randomUUID(), "type", "CaseOpened", "version", 1,
                        "occurredAt", OffsetDateTime.now().toString(), "organizationId", stationed.organizationId(),
                        "payload", Map.of("reference", reference, "organizationId", stationed.organizationId(),
                                "personName", "钱某", "personPost", "镇长", "openedOn", Committee.today().toString()))));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(listedOn(stationed.team().leaderToken(), stationed.inspectionId())).hasSize(1));
    }

    private Response notice(String token, String reference, UUID organizationId) {
        return api.as(token).body(Map.of("reference", reference, "organizationId", organizationId, "personName", "赵某",
                "personPost", "党委副书记", "openedOn", Committee.today().minusDays(1).toString(), "note", "涉嫌违反廉洁纪律"))
                .post("/case-notices");
    }

    private Response read(String token, String id) {
        return api.as(token).get("/case-notices/{id}", id);
    }

    private List<String> listedOn(String token, UUID inspectionId) {
        return api.as(token).queryParam("inspectionId", inspectionId).get("/case-notices").then().statusCode(200)
                .extract().jsonPath().getList("items.id", String.class);
    }

    private List<String> refusals(String reference) {
        return api.as(api.office()).queryParam("limit", 500).queryParam("report", "CASE_OPENED").get("/report-refusals")
                .then().statusCode(200).extract().jsonPath()
                .getList("items.findAll { it.reference == '" + reference + "' }.reason", String.class);
    }

    private static String reference() {
        return "纪立〔2026〕" + UUID.randomUUID().toString().substring(0, 8) + "号";
    }
}
