package org.xuncha.round.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.xuncha.contract.EventType;
import org.xuncha.contract.EventTypes;
import org.xuncha.contract.Topics;
import org.xuncha.platform.audit.AuditHeadPublisher;
import org.xuncha.testing.AsyncApiContract;
import org.xuncha.testing.RoundApi;
import org.xuncha.testing.RoundApi.ReadyInspection;
import org.xuncha.testing.Tokens;

/**
 * The committed AsyncAPI document ({@code asyncapi/asyncapi.yaml}) cannot drift: it is valid AsyncAPI 3
 * by the AsyncAPI CLI, it describes every event type on every topic it travels, it describes the same
 * topics and messages as rectification-service's, every committed contract sample matches its schema,
 * and so do the real records this service writes.
 */
@QuarkusTest
class AsyncApiDocumentTest {

    private static final Path ROOT = AsyncApiContract.projectRoot();
    private final AsyncApiContract document = AsyncApiContract.of(ROOT, "round-service");
    private final RoundApi api = new RoundApi(RestAssured::given);
    private final ObjectMapper json = new ObjectMapper();
    private final String bootstrapServers;
    private final AuditHeadPublisher heads;

    AsyncApiDocumentTest(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
            AuditHeadPublisher heads) {
        this.heads = heads;
        this.bootstrapServers = bootstrapServers;
    }

    @Test
    void theDocumentIsValidAsyncApi3() {
        assertThat(document.document().get("asyncapi").asText()).startsWith("3.");
        assertThat(document.validateWithCli(ROOT)).contains("is valid");
    }

    @Test
    void everyEventTypeIsDescribedOnEveryTopicItTravels() {
        for (EventType<?> type : EventTypes.all()) {
            for (String topic : type.topics()) {
                assertThat(document.messagesOn(topic)).as("%s on %s", type, topic).contains(type.name() + "V" + type.version());
            }
        }
        assertThat(document.topics()).containsAll(List.of(Topics.ROUND_DEAD_LETTER, Topics.RECTIFICATION_DEAD_LETTER));
    }

    @Test
    void bothServicesDescribeTheSameTopicsAndMessages() {
        AsyncApiContract rectification = AsyncApiContract.of(ROOT, "rectification-service");

        assertThat(rectification.document().get("channels")).isEqualTo(document.document().get("channels"));
        assertThat(rectification.document().get("components")).isEqualTo(document.document().get("components"));
    }

    @Test
    void everyCommittedContractSampleMatchesItsSchema() throws IOException {
        List<String> problems = new ArrayList<>();
        try (Stream<Path> samples = Files.list(ROOT.resolve("shared-model/src/test/resources/contracts"))) {
            for (Path sample : samples.sorted().toList()) {
                String name = sample.getFileName().toString().replace(".json", "").replace("-v", "V");
                document.payloadProblems(name, json.readTree(sample.toFile()))
                        .forEach(problem -> problems.add(sample.getFileName() + ": " + problem));
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void theRecordsThisServiceWritesMatchTheirSchemas() {
        ReadyInspection ready = api.readyForFeedback(2);
        api.issueFeedback(ready.inspectionId()).then().statusCode(201);
        ReadyInspection stationed = api.stationed();
        String commission = Tokens.as("INTEGRATION").system("DISCIPLINE_COMMISSION").sign();
        String department = Tokens.as("INTEGRATION").system("ORGANIZATION_DEPARTMENT").sign();
        UUID toCommission = api.transferredLead(stationed, "DISCIPLINE_COMMISSION");
        UUID toDepartment = api.transferredLead(stationed, "ORGANIZATION_DEPARTMENT");
        api.as(commission).body(Map.of("reference", "R-" + UUID.randomUUID(), "progress", "核实中"))
                .post("/leads/{id}/progress-reports", toCommission).then().statusCode(201);
        api.as(commission).body(Map.of("reference", "R-" + UUID.randomUUID(), "kind", "CLOSED", "casesFiled", 0,
                "personsSanctioned", 0, "judicialTransfers", 0)).post("/leads/{id}/disposition", toCommission)
                .then().statusCode(200);
        api.as(commission).body(Map.of("reference", "R-" + UUID.randomUUID(), "kind", "SANCTIONED", "note", "x",
                "casesFiled", 1, "personsSanctioned", 1, "judicialTransfers", 0)).post("/leads/{id}/disposition",
                toCommission).then().statusCode(409);
        api.as(api.office()).post("/leads/{id}/archive", toCommission).then().statusCode(200);
        api.as(department).body(Map.of("reference", "R-" + UUID.randomUUID(), "progress", "核实中"))
                .post("/leads/{id}/progress-reports", toDepartment).then().statusCode(201);
        String request = api.as(department).body(Map.of("reference", "R-" + UUID.randomUUID(), "subject",
                "ORGANIZATION", "organizationId", stationed.organizationId(), "purpose", "LEADERSHIP_ADJUSTMENT"))
                .post("/opinion-requests").then().statusCode(201).extract().path("id");
        api.as(api.office()).body(Map.of("summary", "未发现问题", "attachCounts", true))
                .post("/opinion-requests/{id}/answer", request).then().statusCode(200);
        assertThat(heads.publish()).isPresent();

        Set<String> keys = Set.of(ready.organizationId().toString(), toCommission.toString(), toDepartment.toString(),
                request, "round-service");
        Map<String, Set<String>> expected = Map.of(
                Topics.ROUND_EVENTS, Set.of("FeedbackIssued"),
                Topics.ROUND_TO_DISCIPLINE_COMMISSION, Set.of("LeadTransferred", "LeadProgressReported", "LeadDisposed",
                        "ReportRefused", "LeadArchived"),
                Topics.ROUND_TO_ORGANIZATION_DEPARTMENT, Set.of("LeadTransferred", "LeadProgressReported", "OpinionGiven"),
                Topics.ROUND_AUDIT, Set.of("AuditHeadPublished"));
        AsyncApiContract.RecordCheck records = document.recordsOn(bootstrapServers, keys, expected, Duration.ofSeconds(60));

        assertThat(records.problems()).isEmpty();
        expected.forEach((topic, types) -> types.forEach(type -> assertThat(records.seen()).contains(topic + " " + type)));
    }
}
