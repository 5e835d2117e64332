package org.xuncha.rectification.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.xuncha.contract.EventEnvelope;
import org.xuncha.contract.EventTypes;
import org.xuncha.contract.OrganizationRef;
import org.xuncha.contract.round.FeedbackIssued;
import org.xuncha.rectification.CaseFixtures;
import org.xuncha.rectification.Driver.Actors;
import org.xuncha.rectification.Driver;
import org.xuncha.testing.SampleEvents;
import org.xuncha.testing.Tokens;

/** Dual feedback (双反馈): each delivery recorded once; a village's feedback also goes to its parent. */
@QuarkusTest
class DeliveryTest {

    private final Driver driver;
    private final CaseFixtures fixtures;

    DeliveryTest(Driver driver, CaseFixtures fixtures, ObjectMapper json) {
        this.driver = driver;
        this.fixtures = fixtures;
    }

    private static Map<String, Object> delivery(String recipient, String receivedBy) {
        return Map.of("recipient", recipient, "receivedBy", receivedBy, "deliveredAt", "2026-03-20T15:30:00+08:00",
                "method", "MEETING", "note", "巡察反馈会议");
    }

    @Test
    void theOfficeRecordsBothDeliveriesOfTheDualFeedbackOnceEach() {
        Actors actors = driver.openCase(1);

        driver.as(driver.office()).body(delivery("ORGANIZATION", "张卫东")).post("/cases/{id}/deliveries", actors.caseId())
                .then().statusCode(200);
        JsonPath recorded = driver.as(driver.office()).body(delivery("PRINCIPAL_LEADER", "王建国"))
                .post("/cases/{id}/deliveries", actors.caseId()).then().statusCode(200).extract().jsonPath();
        driver.as(driver.office()).body(delivery("PRINCIPAL_LEADER", "王建国"))
                .post("/cases/{id}/deliveries", actors.caseId())
                .then().statusCode(409).body("type", equalTo("urn:xuncha:problem:duplicate"));

        assertThat(recorded.getList("deliveries.recipient")).containsExactly("ORGANIZATION", "PRINCIPAL_LEADER");
        assertThat(recorded.getString("deliveries[1].receivedBy")).isEqualTo("王建国");
        assertThat(recorded.getString("deliveries[1].method")).isEqualTo("MEETING");
        assertThat(recorded.getList("recipients")).doesNotContain("PARENT_ORGANIZATION");
        driver.as(driver.office()).body(delivery("PARENT_ORGANIZATION", "某县县委"))
                .post("/cases/{id}/deliveries", actors.caseId())
                .then().statusCode(400).body("errors[0].field", equalTo("recipient"));
        driver.as(actors.unit()).body(delivery("ORGANIZATION", "张卫东")).post("/cases/{id}/deliveries", actors.caseId())
                .then().statusCode(403);
    }

    @Test
    void aDeliveryWithBadFieldsNamesEachOne() {
        Actors actors = driver.openCase(1);

        driver.as(driver.office()).body(Map.of("recipient", "ORGANIZATION", "method", "PIGEON"))
                .post("/cases/{id}/deliveries", actors.caseId()).then().statusCode(400).contentType(Driver.PROBLEM);
        driver.as(driver.office()).body(Map.of("recipient", "ORGANIZATION"))
                .post("/cases/{id}/deliveries", actors.caseId()).then().statusCode(400)
                .body("errors.field", equalTo(List.of("deliveredAt", "method", "receivedBy")));
    }

    @Test
    void aVillagesFeedbackAlsoGoesToItsParentWhichMayReadButNotSignTheCase() {
        UUID township = UUID.randomUUID();
        EventEnvelope<FeedbackIssued> sample = SampleEvents.feedbackIssued(1, "pl-" + UUID.randomUUID(),
                "lic-" + UUID.randomUUID());
        FeedbackIssued base = sample.payload();
        FeedbackIssued village = new FeedbackIssued(base.feedbackId(), base.inspectionId(), base.round(), base.team(),
                new OrganizationRef(base.organization().id(), "东关村党支部", "VILLAGE", township, "城关镇党委",
                        "县纪委监委第三监督检查室"),
                base.principalLeader(), base.leaderInCharge(), base.issuedAt(), base.findings(), base.secretaryPoints(),
                base.accountabilityPoints());
        EventEnvelope<FeedbackIssued> feedback = EventEnvelope.of(EventTypes.FEEDBACK_ISSUED,
                base.organization().id().toString(), OffsetDateTime.now(ZoneOffset.ofHours(8)), village);
        fixtures.publish(feedback);
        String caseId = fixtures.awaitCaseOf(feedback).getString("id");
        String parentUnit = Tokens.as("UNIT").organization(township).sign();

        assertThat(driver.readCase(caseId).getList("recipients")).contains("PARENT_ORGANIZATION");
        driver.as(driver.office()).body(delivery("PARENT_ORGANIZATION", "城关镇党委")).post("/cases/{id}/deliveries", caseId)
                .then().statusCode(200);
        driver.as(parentUnit).get("/cases/{id}", caseId).then().statusCode(200);
        assertThat(driver.as(parentUnit).get("/cases").then().extract().jsonPath().getList("items.id")).contains(caseId);
        driver.as(parentUnit).header("If-Match", driver.etag(caseId)).body(Map.of("capacity", "ORGANIZATION"))
                .post("/cases/{id}/sign-off", caseId).then().statusCode(403);
    }
}
