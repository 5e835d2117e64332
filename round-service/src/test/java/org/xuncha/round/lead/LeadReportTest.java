package org.xuncha.round.lead;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.CloudEventDeserializer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.xuncha.contract.Topics;
import org.xuncha.testing.RoundApi;
import org.xuncha.testing.RoundApi.ReadyInspection;
import org.xuncha.testing.Tokens;
import org.xuncha.testing.Topic;

/**
 * What a receiving body reports on a lead transferred to it, over REST and on its topic: applied once
 * per sender's reference; refused and recorded for the office when it names a lead the sender may not
 * know or contradicts what is settled; and each step told to the body on its own topic and feed.
 */
@QuarkusTest
class LeadReportTest {

    private static final String PROBLEM = "application/problem+json";
    private final RoundApi api = new RoundApi(RestAssured::given);
    private final String commission = Tokens.as("INTEGRATION").system("DISCIPLINE_COMMISSION").sign();
    private final String department = Tokens.as("INTEGRATION").system("ORGANIZATION_DEPARTMENT").sign();
    private final String importer = Tokens.as("INTEGRATION").system("registry-import").sign();
    private final String bootstrapServers;
    private final ObjectMapper json;
    private ReadyInspection stationed;
    private UUID lead;

    LeadReportTest(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers, ObjectMapper json) {
        this.bootstrapServers = bootstrapServers;
        this.json = json;
    }

    @BeforeEach
    void aLeadTransferredToTheCommission() {
        stationed = api.stationed();
        lead = api.transferredLead(stationed, "DISCIPLINE_COMMISSION");
    }

    @Test
    void theSameProgressReportAgainChangesNothing() {
        String reference = reference();
        String first = progress(commission, reference, "已初步核实").then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.containsString("/lead-reports/")).extract().path("id");

        progress(commission, reference, "已初步核实").then().statusCode(200).body("id", equalTo(first));

        assertThat(reportsOf(lead)).hasSize(1);
        assertThat(feedEventsOf(commission, "discipline-commission", lead))
                .containsExactly("LeadTransferred", "LeadProgressReported");
    }

    @Test
    void aReferenceUsedAgainForOtherContentIsRefusedAndRecorded() {
        String reference = reference();
        progress(commission, reference, "已初步核实").then().statusCode(201);

        progress(commission, reference, "已调取账目").then().statusCode(409).contentType(PROBLEM)
                .body("type", equalTo("urn:xuncha:problem:report-refused")).body("reason", equalTo("REFERENCE_REUSED"));

        assertThat(reportsOf(lead)).hasSize(1);
        assertThat(refusalsSeenBy(api.office(), reference)).containsExactly("REFERENCE_REUSED");
    }

    @Test
    void aReportOnALeadTheSenderMayNotKnowIsRefusedAndRecordedWhereTheOfficeSeesIt() {
        String reference = reference();
        progress(department, reference, "已办理").then().statusCode(404).contentType(PROBLEM);
        String unknown = reference();
        api.as(commission).body(Map.of("reference", unknown, "progress", "已办理"))
                .post("/leads/{id}/progress-reports", UUID.randomUUID()).then().statusCode(404);

        assertThat(refusalsSeenBy(api.office(), reference)).containsExactly("UNKNOWN_LEAD");
        assertThat(refusalsSeenBy(api.office(), unknown)).containsExactly("UNKNOWN_LEAD");
        assertThat(refusalsSeenBy(department, reference)).containsExactly("UNKNOWN_LEAD");
        assertThat(refusalsSeenBy(commission, reference)).isEmpty();
        assertThat(reportsOf(lead)).isEmpty();
    }

    @Test
    void aResultThatContradictsTheSettledOneIsRefusedAndNeverApplied() {
        String settling = reference();
        dispose(commission, settling, "SANCTIONED").then().statusCode(200).body("state", equalTo("DISPOSED"))
                .body("disposition", equalTo("SANCTIONED"));

        String contradicting = reference();
        dispose(commission, contradicting, "CLOSED").then().statusCode(409)
                .body("reason", equalTo("CONTRADICTS_SETTLED_RESULT"));
        dispose(commission, settling, "SANCTIONED").then().statusCode(200).body("disposition", equalTo("SANCTIONED"));
        String late = reference();
        progress(commission, late, "仍在办理").then().statusCode(409).body("reason", equalTo("LEAD_SETTLED"));

        api.as(commission).get("/leads/{id}", lead).then().body("disposition", equalTo("SANCTIONED"));
        assertThat(refusalsSeenBy(api.office(), contradicting)).containsExactly("CONTRADICTS_SETTLED_RESULT");
        assertThat(refusalsSeenBy(api.office(), late)).containsExactly("LEAD_SETTLED");
        assertThat(reportsOf(lead)).hasSize(1);
        assertThat(feedEventsOf(commission, "discipline-commission", lead)).containsExactly("LeadTransferred",
                "LeadDisposed", "ReportRefused", "ReportRefused");
    }

    @Test
    void eachStepGoesToTheBodysOwnTopicKeyedByTheLeadWithCloudEventsAttributes() throws Exception {
        dispose(commission, reference(), "TALK_OR_INQUIRY").then().statusCode(200);
        api.as(api.office()).post("/leads/{id}/archive", lead).then().statusCode(200);

        List<Topic.Message> records = Topic.on(bootstrapServers, Topics.ROUND_TO_DISCIPLINE_COMMISSION)
                .collectUntil(message -> lead.toString().equals(message.key()), read -> read.size() >= 3, Duration.ofSeconds(20));
        assertThat(records).extracting(message -> message.headers().get("event-type"))
                .containsExactly("LeadTransferred", "LeadDisposed", "LeadArchived");
        Topic.Message transferred = records.get(0);
        assertThat(transferred.headers()).containsEntry("ce_specversion", "1.0")
                .containsEntry("ce_type", "org.xuncha.LeadTransferred.v1")
                .containsEntry("ce_source", "urn:xuncha:round-service")
                .containsEntry("ce_subject", lead.toString())
                .containsEntry("content-type", "application/json")
                .containsEntry("ce_id", transferred.headers().get("event-id"));
        JsonNode payload = json.readTree(transferred.value()).get("payload");
        assertThat(payload.get("summary").asText()).isEqualTo("村支书张某涉嫌侵占集体土地补偿款");
        assertThat(payload.get("organization").get("id").asText()).isEqualTo(stationed.organizationId().toString());
        assertThat(payload.get("inspection").get("team").get("id").asText()).isEqualTo(stationed.team().teamId().toString());
        assertThat(transferred.value()).doesNotContain("组内研判").doesNotContain("foundBy");
        assertThat(Topic.on(bootstrapServers, Topics.ROUND_TO_ORGANIZATION_DEPARTMENT)
                .collect(message -> lead.toString().equals(message.key()), Duration.ofSeconds(1))).isEmpty();
        assertThat(Topic.on(bootstrapServers, Topics.ROUND_EVENTS)
                .collect(message -> message.value().contains(lead.toString()), Duration.ofSeconds(1))).isEmpty();

        CloudEvent read = readWithCloudEventsSdk(Topics.ROUND_TO_DISCIPLINE_COMMISSION, lead.toString());
        assertThat(read.getType()).isEqualTo("org.xuncha.LeadTransferred.v1");
        assertThat(read.getId()).isEqualTo(transferred.headers().get("event-id"));
        assertThat(read.getSubject()).isEqualTo(lead.toString());
        assertThat(read.getTime()).isNotNull();
        assertThat(json.readTree(new String(read.getData().toBytes(), StandardCharsets.UTF_8)).get("payload").get("leadId")
                .asText()).isEqualTo(lead.toString());

        JsonNode fed = feedOf(commission, "discipline-commission", lead).get(0);
        assertThat(fed.get("eventId").asText()).isEqualTo(transferred.headers().get("event-id"));
        assertThat(fed.get("payload")).isEqualTo(payload);
    }

    @Test
    void aReportOnTheBodysTopicIsAppliedOnceByItsReferenceAndTheTopicSaysWhoSentIt() {
        String reference = reference();
        Topic inbound = Topic.on(bootstrapServers, Topics.FROM_DISCIPLINE_COMMISSION);
        inbound.send(lead.toString(), envelope("LeadProgressReport", Map.of("reference", reference, "leadId", lead,
                "progress", "已初步核实")));
        inbound.send(lead.toString(), envelope("LeadProgressReport", Map.of("reference", reference, "leadId", lead,
                "progress", "已初步核实")));
        String disposition = reference();
        inbound.send(lead.toString(), envelope("LeadDispositionReport", Map.of("reference", disposition, "leadId", lead,
                "disposition", "CASE_FILED", "note", "已立案审查", "casesFiled", 1, "personsSanctioned", 0,
                "judicialTransfers", 0)));
        String wrongTopic = reference();
        Topic.on(bootstrapServers, Topics.FROM_ORGANIZATION_DEPARTMENT).send(lead.toString(),
                envelope("LeadProgressReport", Map.of("reference", wrongTopic, "leadId", lead, "progress", "已办理")));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                api.as(api.office()).get("/leads/{id}", lead).then().body("state", equalTo("DISPOSED")));
        assertThat(reportsOf(lead)).extracting(report -> report.get("channel")).containsExactly("KAFKA", "KAFKA");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(refusalsSeenBy(api.office(), wrongTopic)).containsExactly("UNKNOWN_LEAD"));
        assertThat(feedEventsOf(department, "organization-department", lead)).containsExactly("ReportRefused");
    }

    @Test
    void aWaitingFeedReaderIsAnsweredWhenTheNextEventArrives() {
        String next = lastCursor(commission, "discipline-commission");
        CompletableFuture<Response> waiting = CompletableFuture.supplyAsync(() -> api.as(commission)
                .queryParam("cursor", next).queryParam("wait", 20).get("/feeds/discipline-commission"));
        sleep(1_500);
        assertThat(waiting).isNotDone();

        long reportedAt = System.nanoTime();
        progress(commission, reference(), "已初步核实").then().statusCode(201);

        Response answer = waiting.join();
        assertThat(Duration.ofNanos(System.nanoTime() - reportedAt)).isLessThan(Duration.ofSeconds(10));
        answer.then().statusCode(200).body("items[0].type", equalTo("LeadProgressReported"))
                .body("items[0].subject", equalTo(lead.toString()));
        api.as(commission).queryParam("cursor", answer.jsonPath().getString("next")).get("/feeds/discipline-commission")
                .then().statusCode(200).body("items.size()", equalTo(0))
                .body("next", equalTo(answer.jsonPath().getString("next")));
    }

    @Test
    void anIntegrationAccountOfAnotherSystemSeesNoneOfIt() {
        progress(commission, reference(), "已初步核实").then().statusCode(201);

        api.as(importer).get("/leads/{id}", lead).then().statusCode(404);
        api.as(importer).queryParam("leadId", lead).get("/lead-reports").then().statusCode(404);
        api.as(importer).get("/feeds/discipline-commission").then().statusCode(403);
        api.as(importer).get("/feeds/organization-department").then().statusCode(403);
        api.as(department).get("/feeds/discipline-commission").then().statusCode(403);
        api.as(importer).get("/report-refusals").then().statusCode(200).body("items.size()", equalTo(0));
        progress(importer, reference(), "x").then().statusCode(403);
        api.as(department).get("/leads/{id}", lead).then().statusCode(404);
        assertThat(feedOf(department, "organization-department", lead)).isEmpty();
    }

    private Response progress(String token, String reference, String progress) {
        return api.as(token).body(Map.of("reference", reference, "progress", progress))
                .post("/leads/{id}/progress-reports", lead);
    }

    private Response dispose(String token, String reference, String kind) {
        return api.as(token).body(Map.of("reference", reference, "kind", kind, "note", "办理结果", "casesFiled", 1,
                "personsSanctioned", 1, "judicialTransfers", 0)).post("/leads/{id}/disposition", lead);
    }

    private List<Map<String, Object>> reportsOf(UUID leadId) {
        return api.as(api.office()).queryParam("leadId", leadId).get("/lead-reports").then().statusCode(200)
                .extract().jsonPath().getList("items");
    }

    private List<String> refusalsSeenBy(String token, String reference) {
        List<String> reasons = new ArrayList<>();
        String cursor = null;
        do {
            var request = api.as(token).queryParam("limit", 500);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            var page = request.get("/report-refusals").then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> items = page.getList("items");
            items.stream().filter(item -> reference.equals(item.get("reference")))
                    .forEach(item -> reasons.add((String) item.get("reason")));
            cursor = page.getString("next");
        } while (cursor != null);
        return reasons;
    }

    private List<String> feedEventsOf(String token, String feed, UUID subject) {
        return feedOf(token, feed, subject).stream().map(event -> event.get("type").asText()).toList();
    }

    private List<JsonNode> feedOf(String token, String feed, UUID subject) {
        List<JsonNode> events = new ArrayList<>();
        String cursor = null;
        while (true) {
            var request = api.as(token).queryParam("limit", 500);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonNode page = readTree(request.get("/feeds/" + feed).then().statusCode(200).extract().asString());
            if (page.get("items").isEmpty()) {
                return events;
            }
            page.get("items").forEach(item -> {
                if (subject.toString().equals(item.get("subject").asText())) {
                    events.add(item);
                }
            });
            cursor = page.get("next").asText();
        }
    }

    private String lastCursor(String token, String feed) {
        String cursor = null;
        while (true) {
            var request = api.as(token).queryParam("limit", 500);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            var page = request.get("/feeds/" + feed).then().statusCode(200).extract().jsonPath();
            if (page.getList("items").isEmpty()) {
                return cursor == null ? page.getString("next") : cursor;
            }
            cursor = page.getString("next");
        }
    }

    private String envelope(String type, Map<String, Object> payload) {
        try {
            return json.writeValueAsString(Map.of("eventId", UUID.randomUUID(), "type", type, "version", 1,
                    "occurredAt", OffsetDateTime.now().toString(), "organizationId", stationed.organizationId(),
                    "payload", payload));
        } catch (Exception unserializable) {
            throw new IllegalStateException(unserializable);
        }
    }

    private CloudEvent readWithCloudEventsSdk(String topic, String key) {
        Properties settings = new Properties();
        settings.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        settings.put(ConsumerConfig.GROUP_ID_CONFIG, "cloudevents-sdk-" + UUID.randomUUID());
        settings.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        try (KafkaConsumer<String, CloudEvent> consumer =
                new KafkaConsumer<>(settings, new StringDeserializer(), new CloudEventDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, CloudEvent> record : consumer.poll(Duration.ofMillis(200))) {
                    if (key.equals(record.key())) {
                        return record.value();
                    }
                }
            }
        }
        throw new AssertionError("No record keyed " + key + " on " + topic);
    }

    private JsonNode readTree(String body) {
        try {
            return json.readTree(body);
        } catch (Exception unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }

    private static String reference() {
        return "纪办〔2026〕" + UUID.randomUUID().toString().substring(0, 8) + "号";
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
