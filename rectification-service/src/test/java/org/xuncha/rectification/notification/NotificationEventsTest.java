package org.xuncha.rectification.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.xuncha.contract.Topics;
import org.xuncha.rectification.Driver;
import org.xuncha.rectification.Driver.Actors;
import org.xuncha.testing.Tokens;
import org.xuncha.testing.Topic;

/**
 * The notifications of a feedback (一通报) reach each body's system as events: on the body's own topic,
 * keyed by the case, and in its feed; the body's system acknowledges its own, and nobody else's.
 */
@QuarkusTest
class NotificationEventsTest {

    private final Driver driver;
    private final ObjectMapper json;
    private final String bootstrapServers;
    private final String commission = Tokens.as("INTEGRATION").system("DISCIPLINE_COMMISSION").sign();
    private final String department = Tokens.as("INTEGRATION").system("ORGANIZATION_DEPARTMENT").sign();
    private final String importer = Tokens.as("INTEGRATION").system("ledger-import").sign();

    NotificationEventsTest(Driver driver, ObjectMapper json,
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this.driver = driver;
        this.json = json;
        this.bootstrapServers = bootstrapServers;
    }

    @Test
    void eachBodyIsNotifiedOnItsOwnTopicAndFeedKeyedByTheCase() throws Exception {
        Actors actors = driver.openCase(2);

        List<Topic.Message> toCommission = Topic.on(bootstrapServers, Topics.RECTIFICATION_TO_DISCIPLINE_COMMISSION)
                .await(message -> actors.caseId().equals(message.key()), Duration.ofSeconds(20));
        List<Topic.Message> toDepartment = Topic.on(bootstrapServers, Topics.RECTIFICATION_TO_ORGANIZATION_DEPARTMENT)
                .await(message -> actors.caseId().equals(message.key()), Duration.ofSeconds(20));

        JsonNode discipline = json.readTree(toCommission.get(0).value()).get("payload");
        assertThat(discipline.get("recipient").asText()).isEqualTo("DISCIPLINE_BODY");
        assertThat(discipline.get("recipientName").asText()).isEqualTo("县纪委监委第三监督检查室");
        assertThat(discipline.get("itemsFedBack").asInt()).isEqualTo(2);
        assertThat(discipline.get("accountabilityPoints")).isNotEmpty();
        assertThat(toCommission.get(0).headers()).containsEntry("ce_type", "org.xuncha.RectificationNotified.v1")
                .containsEntry("ce_source", "urn:xuncha:rectification-service")
                .containsEntry("ce_subject", actors.caseId());
        JsonNode organization = json.readTree(toDepartment.get(0).value()).get("payload");
        assertThat(organization.get("recipient").asText()).isEqualTo("ORGANIZATION_DEPARTMENT");
        assertThat(organization.get("accountabilityPoints")).isEmpty();

        assertThat(fed(commission, "discipline-commission", actors.caseId())).containsExactly("RectificationNotified");
        assertThat(fed(department, "organization-department", actors.caseId())).containsExactly("RectificationNotified");
        driver.as(department).get("/feeds/discipline-commission").then().statusCode(403);
        driver.as(importer).get("/feeds/organization-department").then().statusCode(403);
    }

    @Test
    void aBodysSystemAcknowledgesItsOwnNotificationAndSeesNoOther() {
        Actors actors = driver.openCase(1);
        List<String> commissions = inbox(commission, actors.caseId());
        List<String> departments = inbox(department, actors.caseId());
        assertThat(commissions).hasSize(1);
        assertThat(departments).hasSize(1).doesNotContainAnyElementsOf(commissions);
        assertThat(inbox(importer, actors.caseId())).isEmpty();

        driver.as(department).post("/notifications/{id}/acknowledgement", commissions.get(0)).then().statusCode(403);
        driver.as(importer).post("/notifications/{id}/acknowledgement", commissions.get(0)).then().statusCode(403);
        driver.as(commission).post("/notifications/{id}/acknowledgement", commissions.get(0)).then().statusCode(200)
                .body("recipient", equalTo("DISCIPLINE_BODY"));
    }

    private List<String> inbox(String token, String caseId) {
        return driver.as(token).queryParam("caseId", caseId).get("/notifications").then().statusCode(200)
                .extract().jsonPath().getList("items.id", String.class);
    }

    private List<String> fed(String token, String feed, String caseId) {
        return driver.as(token).queryParam("limit", 500).get("/feeds/" + feed).then().statusCode(200).extract()
                .jsonPath().getList("items.findAll { it.subject == '" + caseId + "' }.type", String.class);
    }
}
