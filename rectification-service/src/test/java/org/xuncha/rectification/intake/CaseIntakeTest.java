package org.xuncha.rectification.intake;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.xuncha.contract.EventEnvelope;
import org.xuncha.contract.Topics;
import org.xuncha.contract.round.FeedbackIssued;
import org.xuncha.rectification.CaseFixtures;
import org.xuncha.testing.SampleEvents;
import org.xuncha.testing.Tokens;
import org.xuncha.testing.Topic;

/** FeedbackIssued on the real broker opens one case, however often it arrives; poison is set aside. */
@QuarkusTest
class CaseIntakeTest {

    private final String office = Tokens.as("OFFICE").sign();
    private final ObjectMapper json;
    private final CaseFixtures fixtures;
    private final String bootstrapServers;

    CaseIntakeTest(ObjectMapper json, CaseFixtures fixtures,
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this.json = json;
        this.fixtures = fixtures;
        this.bootstrapServers = bootstrapServers;
    }

    private Topic deadLetters() {
        return Topic.on(bootstrapServers, Topics.RECTIFICATION_DEAD_LETTER);
    }

    @Test
    void feedbackIssuedOpensACaseWithOneLedgerItemPerFinding() throws Exception {
        EventEnvelope<FeedbackIssued> feedback = SampleEvents.feedbackIssued(4, "pl-1", "lic-1");

        fixtures.publish(feedback);

        JsonPath found = fixtures.awaitCaseOf(feedback);
        assertThat(found.getString("state")).isEqualTo("AWAITING_SIGNOFF");
        assertThat(found.getString("organizationName")).isEqualTo("城关镇党委");
        assertThat(found.getString("principalLeader.name")).isEqualTo("王建国");
        assertThat(found.getString("leaderInCharge.name")).isEqualTo("李明");
        assertThat(found.getString("disciplineBody")).isEqualTo("县纪委监委第三监督检查室");
        assertThat(found.getList("secretaryPoints")).hasSize(1);
        given().auth().oauth2(office).get("/cases/{id}/ledger", found.getString("id"))
                .then().statusCode(200)
                .body("items", hasSize(4))
                .body("items.state", equalTo(List.of("OPEN", "OPEN", "OPEN", "OPEN")))
                .body("items.findingId", equalTo(feedback.payload().findings().stream()
                        .map(finding -> finding.findingId().toString()).toList()));
    }

    @Test
    void historicalFeedbackOpensItsCaseWithoutNotifyingTheBodiesAgain() throws Exception {
        FeedbackIssued live = SampleEvents.feedbackIssued(2, "pl-h", "lic-h").payload();
        FeedbackIssued historical = new FeedbackIssued(live.feedbackId(), live.inspectionId(), live.round(), live.team(),
                live.organization(), live.principalLeader(), live.leaderInCharge(), live.issuedAt().minusYears(5),
                live.findings(), live.secretaryPoints(), live.accountabilityPoints(), "R3-07", true);
        EventEnvelope<FeedbackIssued> feedback = EventEnvelope.of(org.xuncha.contract.EventTypes.FEEDBACK_ISSUED,
                live.organization().id().toString(), historical.issuedAt(), historical);

        fixtures.publish(feedback);

        JsonPath found = fixtures.awaitCaseOf(feedback);
        assertThat(found.getString("state")).isEqualTo("AWAITING_SIGNOFF");
        assertThat(Topic.on(bootstrapServers, Topics.RECTIFICATION_TO_DISCIPLINE_COMMISSION).collect(
                message -> message.value().contains(live.inspectionId().toString()), java.time.Duration.ofSeconds(3)))
                .isEmpty();
    }

    @Test
    void theSameEventDeliveredTwiceOpensOneCase() throws Exception {
        EventEnvelope<FeedbackIssued> feedback = SampleEvents.feedbackIssued(2, "pl-2", "lic-2");
        EventEnvelope<FeedbackIssued> marker = SampleEvents.feedbackIssued(1, "pl-3", "lic-3");

        fixtures.publish(feedback);
        fixtures.publish(feedback);
        fixtures.publish(marker);
        fixtures.awaitCaseOf(marker);

        given().auth().oauth2(office).queryParam("inspectionId", feedback.payload().inspectionId()).get("/cases")
                .then().statusCode(200).body("items", hasSize(1));
        String caseId = fixtures.awaitCaseOf(feedback).getString("id");
        given().auth().oauth2(office).get("/cases/{id}/ledger", caseId).then().body("items", hasSize(2));
    }

    @Test
    void unparseableRecordGoesToTheDeadLetterTopicAndTheNextIsStillApplied() throws Exception {
        String poison = "{\"eventId\": \"not json at all " + UUID.randomUUID();
        EventEnvelope<FeedbackIssued> next = SampleEvents.feedbackIssued(1, "pl-4", "lic-4");

        fixtures.roundEvents().send(next.organizationId(), poison);
        fixtures.publish(next);

        fixtures.awaitCaseOf(next);
        List<Topic.Message> dead = deadLetters().await(message -> poison.equals(message.value()), Duration.ofSeconds(20));
        assertThat(dead).hasSize(1);
        assertThat(dead.get(0).headers().get("dead-letter-reason")).contains("not an event envelope");
    }

    @Test
    void aRecordThatCannotBeAppliedCostsOnlyItselfWhenItArrivesAmongOthers() throws Exception {
        String oneKey = UUID.randomUUID().toString(); // one partition, so the records come in few polls
        List<EventEnvelope<FeedbackIssued>> good = IntStream.range(0, 10)
                .mapToObj(i -> SampleEvents.feedbackIssued(1, "pl-batch-" + i, "lic-batch-" + i)).toList();
        EventEnvelope<FeedbackIssued> broken = SampleEvents.feedbackIssued(2, "pl-broken", "lic-broken");
        List<FeedbackIssued.Finding> findings = broken.payload().findings();
        String sameFindingTwice = json.writeValueAsString(broken)
                .replace(findings.get(1).findingId().toString(), findings.get(0).findingId().toString());

        for (int i = 0; i < good.size(); i++) {
            if (i == good.size() / 2) {
                fixtures.roundEvents().send(oneKey, sameFindingTwice);
            }
            fixtures.roundEvents().send(oneKey, json.writeValueAsString(good.get(i)));
        }

        for (EventEnvelope<FeedbackIssued> applied : good) {
            assertThat(fixtures.awaitCaseOf(applied).getString("state")).isEqualTo("AWAITING_SIGNOFF");
        }
        List<Topic.Message> dead = deadLetters().await(message -> sameFindingTwice.equals(message.value()),
                Duration.ofSeconds(30));
        assertThat(dead).hasSize(1);
        assertThat(dead.get(0).headers().get("dead-letter-reason")).startsWith("Failed 5 times");
        given().auth().oauth2(office).queryParam("inspectionId", broken.payload().inspectionId()).get("/cases")
                .then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void eventOfAnUnknownTypeGoesToTheDeadLetterTopic() throws Exception {
        EventEnvelope<FeedbackIssued> feedback = SampleEvents.feedbackIssued(1, "pl-5", "lic-5");
        String unknown = json.writeValueAsString(feedback).replace("\"version\":1", "\"version\":99");

        fixtures.roundEvents().send(feedback.organizationId(), unknown);

        List<Topic.Message> dead = deadLetters().await(message -> unknown.equals(message.value()), Duration.ofSeconds(20));
        assertThat(dead).hasSize(1);
        assertThat(dead.get(0).headers().get("dead-letter-reason")).contains("Unknown event type FeedbackIssued v99");
    }
}
