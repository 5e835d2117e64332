package org.xuncha.rectification.operations;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.SpanKind;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.xuncha.contract.EventEnvelope;
import org.xuncha.contract.Topics;
import org.xuncha.contract.round.FeedbackIssued;
import org.xuncha.rectification.CaseFixtures;
import org.xuncha.rectification.Driver;
import org.xuncha.rectification.Driver.Actors;
import org.xuncha.testing.CapturedSpans;
import org.xuncha.testing.Metrics;
import org.xuncha.testing.MovableClock;
import org.xuncha.testing.SampleEvents;
import org.xuncha.testing.Topic;

/** What operations read from rectification-service: its metrics, its readiness, and the trace an event continues. */
@QuarkusTest
class OperationsTest {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    private final CaseFixtures fixtures;
    private final Driver driver;
    private final MovableClock clock;
    private final CapturedSpans spans;
    private final String bootstrapServers;

    OperationsTest(CaseFixtures fixtures, Driver driver, MovableClock clock, CapturedSpans spans,
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this.fixtures = fixtures;
        this.driver = driver;
        this.clock = clock;
        this.spans = spans;
        this.bootstrapServers = bootstrapServers;
    }

    @AfterEach
    void putTimeBack() {
        clock.reset();
    }

    @Test
    void appliedFeedbackIsCountedAndItsApplicationContinuesTheTraceOfTheRecord() {
        Metrics before = Metrics.scrape(given());
        EventEnvelope<FeedbackIssued> feedback = SampleEvents.feedbackIssued(2, "pl-" + UUID.randomUUID(), "lic-1");
        String traceId = UUID.randomUUID().toString().replace("-", "");
        String producersSpan = "b7ad6b7169203331";

        fixtures.publish(feedback, Map.of("traceparent", "00-" + traceId + "-" + producersSpan + "-01"));
        fixtures.awaitCaseOf(feedback);

        await().atMost(PATIENCE).untilAsserted(() -> {
            Metrics after = Metrics.scrape(given());
            assertThat(after.value("xuncha_events_applied_total", "type", "FeedbackIssued"))
                    .isEqualTo(before.value("xuncha_events_applied_total", "type", "FeedbackIssued") + 1);
            assertThat(after.value("xuncha_cases_opened_total")).isEqualTo(before.value("xuncha_cases_opened_total") + 1);
        });
        assertThat(spans.matching(span -> feedback.eventId().toString()
                        .equals(span.getAttributes().get(AttributeKey.stringKey("messaging.message.id")))))
                .as("the span of the event's application")
                .singleElement().satisfies(span -> {
                    assertThat(span.getKind()).isEqualTo(SpanKind.CONSUMER);
                    assertThat(span.getName()).isEqualTo("process FeedbackIssued");
                    assertThat(span.getTraceId()).as("the producer's trace").isEqualTo(traceId);
                    assertThat(span.getParentSpanId()).as("the producer's span").isEqualTo(producersSpan);
                });
    }

    @Test
    void aClosedLedgerItemIsCounted() {
        Actors actors = driver.rectifyingCase(1);
        String item = driver.itemIds(actors.caseId()).get(0);
        driver.bringTo(actors, item, "SUBMITTED");
        double before = Metrics.scrape(given()).value("xuncha_ledger_items_closed_total");

        driver.as(driver.office()).post("/ledger-items/{id}/closure", item).then().statusCode(200);

        assertThat(Metrics.scrape(given()).value("xuncha_ledger_items_closed_total")).isEqualTo(before + 1);
    }

    @Test
    void moreDeadLettersThanTheThresholdWithinTheWindowTakeReadinessDownUntilTheWindowPassesThem() {
        // The test profile: more than 2 within a minute.
        String counter = "xuncha_dead_letters_total";
        double before = Metrics.scrape(given()).value(counter, "topic", Topics.RECTIFICATION_DEAD_LETTER);
        Topic roundEvents = Topic.on(bootstrapServers, Topics.ROUND_EVENTS);

        for (int poison = 0; poison < 3; poison++) {
            roundEvents.send(UUID.randomUUID().toString(), "{\"not\": \"an envelope\"}");
        }

        await().atMost(PATIENCE).until(() -> "DOWN".equals(check("dead-letters")));
        given().get("/q/health/ready").then().statusCode(503);
        Metrics after = Metrics.scrape(given());
        assertThat(after.value(counter, "topic", Topics.RECTIFICATION_DEAD_LETTER)).isEqualTo(before + 3);
        assertThat(after.has("kafka_producer_record_send_total", "client_id", "dead-letters")).isTrue();

        clock.advance(Duration.ofMinutes(2));
        assertThat(check("dead-letters")).isEqualTo("UP");
    }

    private static String check(String name) {
        JsonPath readiness = given().get("/q/health/ready").then().extract().jsonPath();
        return readiness.getString("checks.find { it.name == '" + name + "' }.status");
    }
}
