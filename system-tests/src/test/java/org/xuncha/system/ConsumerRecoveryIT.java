package org.xuncha.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.xuncha.contract.EventEnvelope;
import org.xuncha.contract.Topics;
import org.xuncha.contract.round.FeedbackIssued;
import org.xuncha.testing.RoundApi;
import org.xuncha.testing.RoundApi.ReadyInspection;
import org.xuncha.testing.SampleEvents;
import org.xuncha.testing.Tokens;
import org.xuncha.testing.Topic;

/**
 * What a consumer survives without a restart of anything else (README, "Operations", Recovery).
 *
 * <p>Two instances of rectification-service share the consumer group, as two replicas do. One is
 * killed ({@code kill -9}, no goodbye to the group); the survivor takes over its partitions within
 * the session timeout, and every feedback issued after the crash opens exactly one case with one
 * item per finding, also once the killed instance, started again, has taken its partitions back.
 *
 * <p>The broker stops while a record is on its way to the dead-letter topic: the copy waits, the
 * broker comes back, the consumer goes on by itself, and the record is on the dead-letter topic
 * once (every copy of it carrying one {@code dead-letter-id}, by which a reader drops a repeat).
 */
class ConsumerRecoveryIT {

    private static final Duration TAKE_OVER = Duration.ofSeconds(30);
    private static final Path RECTIFICATION_LOG = Path.of("target", "system-logs", "rectification-service.log");

    private final SystemUnderTest system = SystemUnderTest.get();
    private final RoundApi round = system.roundApi();
    private final String office = Tokens.as("OFFICE").sign();

    @Test
    void aSurvivorTakesOverAKilledInstancesPartitionsAndEveryFeedbackOpensOneCase() {
        List<ReadyInspection> ready = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            ready.add(round.readyForFeedback(2));
        }
        boolean down = false;
        try (SystemUnderTest.HttpInstances survivor = system.secondRectificationService()) {
            system.killRectificationService();
            down = true;
            ready.forEach(inspection -> round.issueFeedback(inspection.inspectionId()).then().statusCode(201));

            for (ReadyInspection inspection : ready) {
                await().atMost(TAKE_OVER).pollInterval(Duration.ofMillis(250))
                        .until(() -> casesOf(survivor, inspection.inspectionId()), cases -> !cases.isEmpty());
            }
            system.restartRectificationService();
            down = false;
            for (ReadyInspection inspection : ready) {
                assertThat(casesOf(survivor, inspection.inspectionId())).as("cases of inspection %s",
                        inspection.inspectionId()).hasSize(1);
            }
        } finally {
            if (down) {
                system.restartRectificationService();
            }
        }
        ReadyInspection afterRestart = round.readyForFeedback(1);
        round.issueFeedback(afterRestart.inspectionId()).then().statusCode(201);
        await().atMost(TAKE_OVER).pollInterval(Duration.ofMillis(250))
                .until(() -> casesOf(afterRestart.inspectionId()), cases -> cases.size() == 1);
        // the restarted instance took every partition back, and records the dead one had read but not
        // committed were delivered again: a replay changed nothing
        for (ReadyInspection inspection : ready) {
            List<String> cases = casesOf(inspection.inspectionId());
            assertThat(cases).as("cases of inspection %s", inspection.inspectionId()).hasSize(1);
            assertThat(ledgerOf(cases.get(0))).as("items of case %s", cases.get(0)).hasSize(2);
        }
    }

    @Test
    void aDeadLetterWaitsOutABrokerOutageAndTheConsumerGoesOnByItself() throws Exception {
        EventEnvelope<FeedbackIssued> first = SampleEvents.feedbackIssued(1, "principal-" + UUID.randomUUID(),
                "in-charge-" + UUID.randomUUID());
        UUID secondEvent = UUID.randomUUID();
        UUID secondInspection = UUID.randomUUID();
        Topic roundEvents = Topic.on(system.kafka(), Topics.ROUND_EVENTS);
        Topic deadLetters = Topic.on(system.kafka(), Topics.RECTIFICATION_DEAD_LETTER);
        long logFrom = logLength();
        // A second feedback of another inspection under the first one's feedback id: readable, not refused
        // by the domain, and refused by the database (a unique key) every time. It is tried (system
        // tests: 8 times, some 16 s) and then moved to the dead-letter topic.
        roundEvents.send(first.organizationId(), json(first, first.eventId(), first.payload().inspectionId()));
        roundEvents.send(first.organizationId(), json(first, secondEvent, secondInspection));
        await().atMost(TAKE_OVER).pollInterval(Duration.ofMillis(100))
                .until(() -> logSince(logFrom).contains("Applying FeedbackIssued " + secondEvent + " failed (attempt 1)"));

        system.stopBroker();
        try {
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                    .until(() -> logSince(logFrom).contains("The broker did not take " + Topics.ROUND_EVENTS + "/"));
        } finally {
            system.startBroker();
        }

        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500))
                .until(() -> system.rectification().get("/q/health/ready").statusCode() == 200);
        ReadyInspection later = round.readyForFeedback(1);
        round.issueFeedback(later.inspectionId()).then().statusCode(201);
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(250))
                .until(() -> casesOf(later.inspectionId()), cases -> cases.size() == 1);

        List<Topic.Message> copies = deadLetters.collect(
                copy -> copy.value().contains(secondEvent.toString()), Duration.ofSeconds(5));
        assertThat(copies).as("copies of the record on the dead-letter topic").isNotEmpty();
        assertThat(copies).extracting(copy -> copy.headers().get("dead-letter-id")).as("what a reader drops repeats by")
                .containsOnly(copies.get(0).headers().get("dead-letter-id"));
        assertThat(copies.get(0).headers().get("dead-letter-reason")).startsWith("Failed 8 times");
        assertThat(logSince(logFrom)).as("the copy waited for the broker")
                .contains("The broker did not take " + copies.get(0).headers().get("dead-letter-id") + "'s copy");
        assertThat(casesOf(first.payload().inspectionId())).as("the first feedback's case").hasSize(1);
        assertThat(casesOf(secondInspection)).as("the dead-lettered feedback's case").isEmpty();
    }

    /** The event as JSON, under another event id and about another inspection if asked. */
    private static String json(EventEnvelope<FeedbackIssued> event, UUID eventId, UUID inspectionId) throws IOException {
        ObjectMapper json = new ObjectMapper().findAndRegisterModules()
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        ObjectNode tree = json.valueToTree(event);
        tree.put("eventId", eventId.toString());
        ((ObjectNode) tree.get("payload")).put("inspectionId", inspectionId.toString());
        return json.writeValueAsString(tree);
    }

    private static long logLength() throws IOException {
        return Files.exists(RECTIFICATION_LOG) ? Files.size(RECTIFICATION_LOG) : 0;
    }

    private static String logSince(long offset) {
        try {
            byte[] all = Files.readAllBytes(RECTIFICATION_LOG);
            return new String(all, (int) Math.min(offset, all.length), all.length - (int) Math.min(offset, all.length),
                    StandardCharsets.UTF_8);
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    private List<Object> ledgerOf(String caseId) {
        return system.rectification().auth().oauth2(office).get("/cases/{id}/ledger", caseId)
                .then().statusCode(200).extract().jsonPath().getList("items");
    }

    private List<String> casesOf(SystemUnderTest.HttpInstances instance, UUID inspectionId) {
        return instance.rectification().auth().oauth2(office).queryParam("inspectionId", inspectionId).get("/cases")
                .then().statusCode(200).extract().jsonPath().getList("items.id");
    }

    private List<String> casesOf(UUID inspectionId) {
        return system.rectification().auth().oauth2(office).queryParam("inspectionId", inspectionId).get("/cases")
                .then().statusCode(200).extract().jsonPath().getList("items.id");
    }
}
