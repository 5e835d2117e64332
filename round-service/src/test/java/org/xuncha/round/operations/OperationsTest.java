package org.xuncha.round.operations;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.agroal.api.AgroalDataSource;
import io.opentelemetry.api.trace.SpanKind;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.xuncha.contract.Topics;
import org.xuncha.platform.outbox.OutboxRelay;
import org.xuncha.testing.CapturedSpans;
import org.xuncha.testing.Metrics;
import org.xuncha.testing.MovableClock;
import org.xuncha.testing.RoundApi;
import org.xuncha.testing.RoundApi.ReadyInspection;
import org.xuncha.testing.Topic;

/** What operations read from round-service: its metrics, its readiness, and the trace a request leaves on its events. */
@QuarkusTest
class OperationsTest {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    private final RoundApi api = new RoundApi(RestAssured::given);
    private final MovableClock clock;
    private final AgroalDataSource dataSource;
    private final CapturedSpans spans;
    private final String bootstrapServers;

    OperationsTest(MovableClock clock, AgroalDataSource dataSource, CapturedSpans spans,
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this.clock = clock;
        this.dataSource = dataSource;
        this.spans = spans;
        this.bootstrapServers = bootstrapServers;
    }

    @AfterEach
    void putTimeBack() {
        clock.reset();
    }

    @Test
    void metricsShowHttpJvmTheConnectionPoolAndTheKafkaClients() {
        api.as(api.office()).get("/terms").then().statusCode(200);

        await().atMost(PATIENCE).untilAsserted(() -> {
            Metrics metrics = Metrics.scrape(given());
            assertThat(metrics.has("http_server_requests_seconds_count", "uri", "/terms", "method", "GET")).isTrue();
            assertThat(metrics.has("jvm_memory_used_bytes")).isTrue();
            assertThat(metrics.has("agroal_active_count")).isTrue();
            assertThat(metrics.has("kafka_producer_record_send_total", "client_id", "outbox-relay")).isTrue();
            assertThat(metrics.has("kafka_consumer_fetch_manager_records_lag_max")).isTrue();
            assertThat(metrics.has("xuncha_outbox_backlog")).isTrue();
            assertThat(metrics.has("xuncha_outbox_oldest_age_seconds")).isTrue();
        });
    }

    @Test
    void issuedFeedbackIsCountedAndItsRecordCarriesTheTraceOfTheRequest() {
        ReadyInspection ready = api.readyForFeedback(1);
        double before = Metrics.scrape(given()).value("xuncha_feedback_issued_total");
        String traceId = UUID.randomUUID().toString().replace("-", "");
        String callersSpan = "00f067aa0ba902b7";

        new RoundApi(() -> given().header("traceparent", "00-" + traceId + "-" + callersSpan + "-01"))
                .issueFeedback(ready.inspectionId()).then().statusCode(201);

        assertThat(Metrics.scrape(given()).value("xuncha_feedback_issued_total")).isEqualTo(before + 1);
        List<Topic.Message> published = Topic.on(bootstrapServers, Topics.ROUND_EVENTS)
                .await(message -> message.value().contains(ready.inspectionId().toString()), PATIENCE);
        assertThat(published).hasSize(1);
        String[] traceparent = published.get(0).headers().get("traceparent").split("-");
        assertThat(traceparent[1]).as("the record's trace is the request's").isEqualTo(traceId);
        assertThat(spans.matching(span -> span.getSpanId().equals(traceparent[2])))
                .as("the record's parent is the request's server span")
                .singleElement().satisfies(span -> {
                    assertThat(span.getKind()).isEqualTo(SpanKind.SERVER);
                    assertThat(span.getTraceId()).isEqualTo(traceId);
                    assertThat(span.getParentSpanId()).isEqualTo(callersSpan);
                });
    }

    @Test
    void aTransferredLeadIsCountedByTheBodyThatReceivesIt() {
        ReadyInspection stationed = api.stationed();
        UUID lead = RoundApi.created(api.as(stationed.team().memberToken()).body(Map.of("inspectionId",
                stationed.inspectionId(), "summary", "挪用扶贫资金", "persons", "王某", "source", "来信")).post("/leads"));
        api.as(stationed.team().leaderToken()).body(Map.of("assessment", "线索具体")).post("/leads/{id}/assessment", lead)
                .then().statusCode(200);
        api.as(stationed.team().leaderToken()).post("/leads/{id}/report", lead).then().statusCode(200);
        String counter = "xuncha_leads_transferred_total";
        double before = Metrics.scrape(given()).value(counter, "receivingBody", "DISCIPLINE_COMMISSION");

        api.as(api.office()).body(Map.of("body", "DISCIPLINE_COMMISSION")).post("/leads/{id}/transfer", lead)
                .then().statusCode(200);

        Metrics after = Metrics.scrape(given());
        assertThat(after.value(counter, "receivingBody", "DISCIPLINE_COMMISSION")).isEqualTo(before + 1);
    }

    @Test
    void aRecordThatCannotBeReadIsCountedAsADeadLetter() {
        String counter = "xuncha_dead_letters_total";
        double before = Metrics.scrape(given()).value(counter, "topic", Topics.ROUND_DEAD_LETTER);

        Topic.on(bootstrapServers, Topics.RECTIFICATION_EVENTS).send(UUID.randomUUID().toString(), "{not json");

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(
                Metrics.scrape(given()).value(counter, "topic", Topics.ROUND_DEAD_LETTER)).isEqualTo(before + 1));
    }

    @Test
    void anOutboxThatHasNotDrainedForFiveMinutesTakesReadinessDownUntilItDrains() throws Exception {
        ReadyInspection ready = api.readyForFeedback(1);
        await().atMost(PATIENCE).until(() -> check("outbox").equals("UP"));
        try (Connection relayLockHolder = dataSource.getConnection()) {
            // Another session holds the relay's lock, as a stuck instance would: nothing is published.
            lock(relayLockHolder, "select pg_advisory_lock(?)");
            api.issueFeedback(ready.inspectionId()).then().statusCode(201);

            clock.advance(Duration.ofMinutes(4));
            await().atMost(PATIENCE).untilAsserted(() -> {
                Metrics metrics = Metrics.scrape(given());
                assertThat(metrics.value("xuncha_outbox_backlog")).isGreaterThanOrEqualTo(1);
                assertThat(metrics.value("xuncha_outbox_oldest_age_seconds")).isGreaterThanOrEqualTo(240);
            });
            assertThat(check("outbox")).as("four minutes is not yet stalled").isEqualTo("UP");

            clock.advance(Duration.ofMinutes(2));
            await().atMost(PATIENCE).until(() -> check("outbox").equals("DOWN"));
            given().get("/q/health/ready").then().statusCode(503);

            lock(relayLockHolder, "select pg_advisory_unlock(?)");
        }
        await().atMost(PATIENCE).until(() -> check("outbox").equals("UP"));
        assertThat(Metrics.scrape(given()).value("xuncha_outbox_backlog")).isZero();
    }

    private static void lock(Connection connection, String sql) throws Exception {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, OutboxRelay.RELAY_LOCK);
            statement.execute();
        }
    }

    private static JsonPath readiness() {
        return given().get("/q/health/ready").then().extract().jsonPath();
    }

    private static String check(String name) {
        return readiness().getString("checks.find { it.name == '" + name + "' }.status");
    }
}
