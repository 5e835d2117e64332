package org.xuncha.round.rectification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.xuncha.contract.EventEnvelope;
import org.xuncha.contract.EventType;
import org.xuncha.contract.EventTypes;
import org.xuncha.contract.Topics;
import org.xuncha.contract.rectification.CaseClosed;
import org.xuncha.contract.rectification.LedgerItemClosed;
import org.xuncha.contract.rectification.LedgerItemReopened;
import org.xuncha.contract.rectification.RectificationOverdue;
import org.xuncha.contract.rectification.RectificationReported;
import org.xuncha.contract.rectification.SignOffCompleted;
import org.xuncha.round.figures.TallyRecount;
import org.xuncha.testing.RoundApi;
import org.xuncha.testing.RoundApi.ReadyInspection;
import org.xuncha.testing.Topic;

/**
 * Rectification-service's events, through the real broker, move the inspection and its findings
 * and feed the rectification figures; a replay changes nothing.
 */
@QuarkusTest
class RectificationEventsTest {

    private final RoundApi api = new RoundApi(RestAssured::given);
    private final ObjectMapper json;
    private final String bootstrapServers;
    private final TallyRecount tallies;
    private ReadyInspection fedBack;
    private UUID caseId;
    private UUID roundId;

    RectificationEventsTest(ObjectMapper json, @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
            TallyRecount tallies) {
        this.json = json;
        this.bootstrapServers = bootstrapServers;
        this.tallies = tallies;
    }

    @BeforeEach
    void anInspectionFedBack() {
        fedBack = api.readyForFeedback(2);
        api.issueFeedback(fedBack.inspectionId()).then().statusCode(201);
        caseId = UUID.randomUUID();
        roundId = fedBack.team().roundId();
    }

    @Test
    void theRectificationOfAnInspectionIsFollowedToItsClose() {
        UUID first = fedBack.findingIds().get(0);
        UUID second = fedBack.findingIds().get(1);
        UUID firstItem = UUID.randomUUID();
        UUID secondItem = UUID.randomUUID();

        publish(EventTypes.SIGN_OFF_COMPLETED, new SignOffCompleted(caseId, fedBack.inspectionId(), now(), List.of()));
        awaitInspection("RECTIFYING");
        assertThat(findingState(first)).isEqualTo("RECTIFYING");

        EventEnvelope<LedgerItemClosed> closeFirst = publish(EventTypes.LEDGER_ITEM_CLOSED, new LedgerItemClosed(caseId,
                fedBack.inspectionId(), firstItem, first, now(), new BigDecimal("126000.00"), 2, 1));
        publish(EventTypes.RECTIFICATION_OVERDUE, new RectificationOverdue(caseId, fedBack.inspectionId(), "ITEM",
                secondItem, second, now().minusDays(1), now()));
        publish(EventTypes.RECTIFICATION_REPORTED, new RectificationReported(caseId, fedBack.inspectionId(), now(), 2, 1));
        awaitFinding(first, "RECTIFIED");
        JsonPath atReport = rectificationFigures();
        assertThat(atReport.getDouble("rateAtFirstReport")).isEqualTo(0.5);
        assertThat(atReport.getDouble("rateAfterSupervision")).isEqualTo(0.5);
        assertThat(atReport.getLong("itemsOverdue")).isEqualTo(1);

        publish(EventTypes.LEDGER_ITEM_CLOSED.topic(), closeFirst);
        publish(EventTypes.LEDGER_ITEM_CLOSED, new LedgerItemClosed(caseId, fedBack.inspectionId(), secondItem, second,
                now(), BigDecimal.ZERO, 1, 0));
        awaitFinding(second, "RECTIFIED");
        JsonPath afterSupervision = rectificationFigures();
        assertThat(afterSupervision.getDouble("rateAtFirstReport")).isEqualTo(0.5);
        assertThat(afterSupervision.getDouble("rateAfterSupervision")).isEqualTo(1.0);
        assertThat(afterSupervision.getLong("itemsOverdue")).isZero();
        assertThat(afterSupervision.getDouble("moneyRecovered")).isEqualTo(126000.0);
        assertThat(afterSupervision.getLong("rulesEstablished")).isEqualTo(3);

        publish(EventTypes.LEDGER_ITEM_REOPENED, new LedgerItemReopened(caseId, fedBack.inspectionId(), firstItem, first,
                now(), "回头看发现问题反弹"));
        awaitFinding(first, "REOPENED");
        assertThat(rectificationFigures().getDouble("rateAfterSupervision")).isEqualTo(0.5);
        assertThat(rectificationFigures().getDouble("moneyRecovered")).isEqualTo(0.0);

        publish(EventTypes.LEDGER_ITEM_CLOSED, new LedgerItemClosed(caseId, fedBack.inspectionId(), firstItem, first, now(),
                new BigDecimal("130000.00"), 2, 1));
        publish(EventTypes.CASE_CLOSED, new CaseClosed(caseId, fedBack.inspectionId(), now(), 2, 2));
        awaitInspection("CLOSED");
        assertThat(findingState(first)).isEqualTo("RECTIFIED");
        assertThat(rectificationFigures().getLong("casesClosed")).isEqualTo(1);
        assertThat(rectificationFigures().getDouble("moneyRecovered")).isEqualTo(130000.0);
        assertThat(tallies.drifted()).isEmpty();
    }

    @Test
    void anEventAboutAnInspectionThisServiceDoesNotKnowGoesToTheDeadLetterTopic() {
        UUID unknown = UUID.randomUUID();
        EventEnvelope<SignOffCompleted> stray = publish(EventTypes.SIGN_OFF_COMPLETED,
                new SignOffCompleted(caseId, unknown, now(), List.of()));

        List<Topic.Message> dead = Topic.on(bootstrapServers, Topics.ROUND_DEAD_LETTER)
                .await(message -> message.value().contains(stray.eventId().toString()), Duration.ofSeconds(20));
        assertThat(dead).hasSize(1);
        assertThat(dead.get(0).headers().get("dead-letter-reason")).contains("Inspection " + unknown + " does not exist");
    }

    private <P> EventEnvelope<P> publish(EventType<P> type, P payload) {
        EventEnvelope<P> event = EventEnvelope.of(type, fedBack.organizationId().toString(), now(), payload);
        publish(type.topic(), event);
        return event;
    }

    private void publish(String topic, EventEnvelope<?> event) {
        try {
            Topic.on(bootstrapServers, topic).send(event.organizationId(), json.writeValueAsString(event));
        } catch (com.fasterxml.jackson.core.JsonProcessingException unserializable) {
            throw new IllegalStateException(unserializable);
        }
    }

    private JsonPath rectificationFigures() {
        return JsonPath.from(api.as(api.office()).queryParam("roundId", roundId).get("/figures")
                .then().statusCode(200).extract().jsonPath().prettify()).setRootPath("rectification");
    }

    private String findingState(UUID finding) {
        return api.as(api.office()).get("/findings/{id}", finding).then().statusCode(200).extract().path("state");
    }

    private void awaitFinding(UUID finding, String state) {
        await().atMost(Duration.ofSeconds(20)).until(() -> state.equals(findingState(finding)));
    }

    private void awaitInspection(String state) {
        await().atMost(Duration.ofSeconds(20)).until(() -> state.equals(api.as(api.office())
                .get("/inspections/{id}", fedBack.inspectionId()).then().extract().path("state")));
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now();
    }
}
