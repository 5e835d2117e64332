package org.xuncha.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.CloudEventDeserializer;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.xuncha.testing.AsyncApiContract;
import org.xuncha.testing.Committee;
import org.xuncha.testing.RoundApi;
import org.xuncha.testing.RoundApi.ReadyInspection;
import org.xuncha.testing.Tokens;

/**
 * The discipline commission's system, played from outside against both packaged services: a plain
 * Kafka client and a REST client written from the AsyncAPI and OpenAPI documents only (topic names
 * are read from the AsyncAPI document's channels, payloads built as its schemas say, no class of this
 * project on the commission's side). Through transfer, quarterly reports, a disposition, a
 * contradictory and a replayed disposition, and a case-opened notice; an INTEGRATION account of
 * another system sees none of it. Every record the services wrote is checked against the document.
 */
class CommissionSystemIT {

    private final SystemUnderTest system = SystemUnderTest.get();
    private final RoundApi office = system.roundApi();
    private final AsyncApiContract asyncApi = AsyncApiContract.of(system.root(), "round-service");
    private final ObjectMapper json = new ObjectMapper();
    private final String commissionToken = Tokens.as("INTEGRATION").system("DISCIPLINE_COMMISSION").sign();
    private final String importToken = Tokens.as("INTEGRATION").system("registry-import").sign();
    private final String departmentToken = Tokens.as("INTEGRATION").system("ORGANIZATION_DEPARTMENT").sign();
    private final String fromCommission = address("fromDisciplineCommission");
    private final String toCommission = address("roundToDisciplineCommission");
    private KafkaConsumer<String, String> listener;

    @AfterEach
    void closeTheListener() {
        if (listener != null) {
            listener.close();
        }
    }

    @Test
    void theCommissionsSystemFollowsItsLeadsReportsOnThemAndIsToldOfRefusals() throws Exception {
        listener = subscribe(toCommission);
        ReadyInspection stationed = office.stationed();
        UUID lead = office.transferredLead(stationed, "DISCIPLINE_COMMISSION");
        String leadId = lead.toString();

        // The commission learns of the lead on its topic, and in its feed.
        JsonNode transferred = awaitEvent(leadId, "LeadTransferred");
        assertThat(transferred.at("/payload/summary").asText()).isNotBlank();
        assertThat(transferred.at("/payload/organization/id").asText()).isEqualTo(stationed.organizationId().toString());
        assertThat(transferred.at("/payload/inspection/team/id").asText()).isEqualTo(stationed.team().teamId().toString());
        assertThat(transferred.toString()).doesNotContain("研判");
        assertThat(feedTypes(leadId)).contains("LeadTransferred");
        CloudEvent asCloudEvent = readWithCloudEventsSdk(toCommission, leadId);
        assertThat(asCloudEvent.getType()).isEqualTo("org.xuncha.LeadTransferred.v1");
        assertThat(asCloudEvent.getSource().toString()).isEqualTo("urn:xuncha:round-service");
        assertThat(json.readTree(new String(asCloudEvent.getData().toBytes(), StandardCharsets.UTF_8)).get("eventId")
                .asText()).isEqualTo(asCloudEvent.getId());

        // Quarterly reports (办理情况): one over REST, one on the commission's topic.
        commission().body(Map.of("reference", "纪办〔2026〕Q1-" + leadId, "progress", "已初步核实"))
                .post("/leads/{id}/progress-reports", lead).then().statusCode(201);
        send(leadId, "LeadProgressReport", stationed.organizationId(), Map.of("reference", "纪办〔2026〕Q2-" + leadId,
                "leadId", leadId, "progress", "已调取账目，正在谈话"));
        awaitEvent(leadId, "LeadProgressReported");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(commission().queryParam("leadId", lead)
                .get("/lead-reports").then().statusCode(200).extract().jsonPath().getList("items.channel"))
                .containsExactly("REST", "KAFKA"));

        // The result (办理结果) settles the lead.
        Map<String, Object> sanctioned = Map.of("reference", "纪办〔2026〕58号-" + leadId, "kind", "SANCTIONED",
                "note", "给予党内严重警告处分", "casesFiled", 1, "personsSanctioned", 1, "judicialTransfers", 0);
        commission().body(sanctioned).post("/leads/{id}/disposition", lead).then().statusCode(200)
                .body("state", equalTo("DISPOSED"));
        awaitEvent(leadId, "LeadDisposed");

        // A contradictory result on the topic is refused, told back, and recorded for the office.
        String contradicting = "纪办〔2026〕59号-" + leadId;
        send(leadId, "LeadDispositionReport", stationed.organizationId(), Map.of("reference", contradicting,
                "leadId", leadId, "disposition", "CLOSED", "casesFiled", 0, "personsSanctioned", 0,
                "judicialTransfers", 0));
        JsonNode refused = awaitEvent(leadId, "ReportRefused");
        assertThat(refused.at("/payload/reason").asText()).isEqualTo("CONTRADICTS_SETTLED_RESULT");
        assertThat(refused.at("/payload/reference").asText()).isEqualTo(contradicting);
        assertThat(office.as(office.office()).queryParam("sender", "DISCIPLINE_COMMISSION").queryParam("limit", 500)
                .get("/report-refusals").then().statusCode(200).extract().jsonPath()
                .getList("items.findAll { it.reference == '" + contradicting + "' }.reason", String.class))
                .containsExactly("CONTRADICTS_SETTLED_RESULT");
        office.as(office.office()).get("/leads/{id}", lead).then().body("disposition", equalTo("SANCTIONED"));

        // The same result again (a retry) answers as the first time and causes no second event.
        commission().body(sanctioned).post("/leads/{id}/disposition", lead).then().statusCode(200)
                .body("disposition", equalTo("SANCTIONED"));
        send(leadId, "LeadDispositionReport", stationed.organizationId(), Map.of("reference", sanctioned.get("reference"),
                "leadId", leadId, "disposition", "SANCTIONED", "note", "给予党内严重警告处分", "casesFiled", 1,
                "personsSanctioned", 1, "judicialTransfers", 0));
        assertThat(readFor(leadId, Duration.ofSeconds(5))).extracting(event -> event.get("type").asText())
                .doesNotContain("LeadDisposed");
        assertThat(feedTypes(leadId)).containsExactly("LeadTransferred", "LeadProgressReported",
                "LeadProgressReported", "LeadDisposed", "ReportRefused");

        // A case opened on a leader of the organization under inspection: the team leader sees it on the inspection.
        String notice = "纪立〔2026〕12号-" + leadId;
        send(stationed.organizationId().toString(), "CaseOpened", stationed.organizationId(), Map.of("reference", notice,
                "organizationId", stationed.organizationId().toString(), "personName", "赵某", "personPost", "党委副书记",
                "openedOn", Committee.today().toString(), "note", "涉嫌违反廉洁纪律"));
        String noticeId = await().atMost(Duration.ofSeconds(30)).until(() -> office.as(stationed.team().leaderToken())
                .queryParam("inspectionId", stationed.inspectionId()).get("/case-notices").then().statusCode(200)
                .extract().jsonPath().getString("items.find { it.reference == '" + notice + "' }.id"), id -> id != null);

        // Another system's account sees none of it.
        for (String other : List.of(importToken, departmentToken)) {
            office.as(other).get("/leads/{id}", lead).then().statusCode(404);
            office.as(other).get("/case-notices/{id}", noticeId).then().statusCode(404);
            office.as(other).get("/feeds/discipline-commission").then().statusCode(403);
            assertThat(office.as(other).queryParam("limit", 500).get("/report-refusals").then().statusCode(200)
                    .extract().jsonPath().getList("items.findAll { it.reference == '" + contradicting + "' }"))
                    .isEmpty();
        }
        office.as(importToken).queryParam("leadId", lead).get("/lead-reports").then().statusCode(404);
        office.as(stationed.team().memberToken()).get("/case-notices/{id}", noticeId).then().statusCode(404);
    }

    @Test
    void everyRecordTheServicesWroteMatchesTheAsyncApiDocument() {
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (String topic : asyncApi.topics()) {
            if (topic.endsWith(".dead-letter")) {
                continue; // records copied as they came, whatever they were
            }
            for (ConsumerRecord<String, String> record : everythingOn(topic)) {
                Map<String, String> headers = headers(record);
                if (!headers.containsKey("ce_source")) {
                    continue; // written by a test playing another system, not by a service
                }
                checked++;
                asyncApi.problems(topic, record.value(), headers).forEach(problem -> problems.add(topic + ": " + problem));
            }
        }
        assertThat(problems).isEmpty();
        assertThat(checked).isPositive();
    }

    private RequestSpecification commission() {
        return office.as(commissionToken);
    }

    private String address(String channel) {
        return asyncApi.document().at("/channels/" + channel + "/address").asText();
    }

    private void send(String key, String type, UUID organizationId, Map<String, Object> payload) throws Exception {
        Map<String, Object> envelope = new LinkedHashMap<>();
        envelope.put("eventId", UUID.randomUUID().toString());
        envelope.put("type", type);
        envelope.put("version", 1);
        envelope.put("occurredAt", OffsetDateTime.now().toString());
        envelope.put("organizationId", organizationId.toString());
        envelope.put("payload", payload);
        String value = json.writeValueAsString(envelope);
        assertThat(asyncApi.payloadProblems(type + "V1", json.readTree(value))).as("what the commission sends").isEmpty();
        Properties settings = new Properties();
        settings.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, system.kafka());
        settings.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, String> producer =
                new KafkaProducer<>(settings, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(fromCommission, key, value)).get();
        }
    }

    private KafkaConsumer<String, String> subscribe(String topic) {
        Properties settings = new Properties();
        settings.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, system.kafka());
        settings.put(ConsumerConfig.GROUP_ID_CONFIG, "commission-system-" + UUID.randomUUID());
        settings.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(settings, new StringDeserializer(),
                new StringDeserializer());
        consumer.subscribe(List.of(topic));
        return consumer;
    }

    private final Map<String, List<JsonNode>> received = new HashMap<>();

    /** Reads the commission's topic until an event of {@code type} about {@code key} comes; checks each against the document. */
    private JsonNode awaitEvent(String key, String type) {
        long deadline = System.nanoTime() + Duration.ofSeconds(40).toNanos();
        while (System.nanoTime() < deadline) {
            readFor(key, Duration.ofMillis(500));
            for (JsonNode event : received.getOrDefault(key, List.of())) {
                if (type.equals(event.get("type").asText()) && !event.has("claimed")) {
                    ((com.fasterxml.jackson.databind.node.ObjectNode) event).put("claimed", true);
                    return event;
                }
            }
        }
        throw new AssertionError("No " + type + " about " + key + " on " + toCommission);
    }

    private List<JsonNode> readFor(String key, Duration window) {
        List<JsonNode> fresh = new ArrayList<>();
        long deadline = System.nanoTime() + window.toNanos();
        while (System.nanoTime() < deadline) {
            for (ConsumerRecord<String, String> record : listener.poll(Duration.ofMillis(200))) {
                assertThat(asyncApi.problems(toCommission, record.value(), headers(record))).isEmpty();
                if (key.equals(record.key())) {
                    JsonNode event = readTree(record.value());
                    received.computeIfAbsent(key, any -> new ArrayList<>()).add(event);
                    fresh.add(event);
                }
            }
        }
        return fresh;
    }

    /** The types of the feed's events about a lead, long-polling as the OpenAPI document says. */
    private List<String> feedTypes(String leadId) {
        List<String> types = new ArrayList<>();
        String cursor = null;
        while (true) {
            RequestSpecification request = commission().queryParam("limit", 500).queryParam("wait", 1);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonNode page = readTree(request.get("/feeds/discipline-commission").then().statusCode(200).extract().asString());
            if (page.get("items").isEmpty()) {
                return types;
            }
            page.get("items").forEach(item -> {
                if (leadId.equals(item.get("subject").asText())) {
                    types.add(item.get("type").asText());
                }
            });
            cursor = page.get("next").asText();
        }
    }

    private CloudEvent readWithCloudEventsSdk(String topic, String key) {
        Properties settings = new Properties();
        settings.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, system.kafka());
        settings.put(ConsumerConfig.GROUP_ID_CONFIG, "cloudevents-sdk-" + UUID.randomUUID());
        settings.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        try (KafkaConsumer<String, CloudEvent> consumer =
                new KafkaConsumer<>(settings, new StringDeserializer(), new CloudEventDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
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

    private List<ConsumerRecord<String, String>> everythingOn(String topic) {
        List<ConsumerRecord<String, String>> all = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = subscribe(topic)) {
            long quietSince = System.nanoTime();
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (System.nanoTime() - quietSince < Duration.ofSeconds(2).toNanos() && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    all.add(record);
                    quietSince = System.nanoTime();
                }
            }
        }
        return all;
    }

    private static Map<String, String> headers(ConsumerRecord<String, String> record) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (Header header : record.headers()) {
            headers.put(header.key(), header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8));
        }
        return headers;
    }

    private JsonNode readTree(String value) {
        try {
            return json.readTree(value);
        } catch (Exception unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }
}
