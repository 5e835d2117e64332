package org.xuncha.rectification.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.xuncha.contract.EventType;
import org.xuncha.contract.EventTypes;
import org.xuncha.contract.Topics;
import org.xuncha.platform.audit.AuditHeadPublisher;
import org.xuncha.rectification.Driver;
import org.xuncha.rectification.Driver.Actors;
import org.xuncha.testing.AsyncApiContract;

/**
 * The committed AsyncAPI document ({@code asyncapi/asyncapi.yaml}) cannot drift: it is valid AsyncAPI 3
 * by the AsyncAPI CLI, it describes every event type on every topic it travels, and the real records
 * this service writes match its schemas. (round-service's test holds both documents' channels and
 * messages equal.)
 */
@QuarkusTest
class AsyncApiDocumentTest {

    private static final Path ROOT = AsyncApiContract.projectRoot();
    private final AsyncApiContract document = AsyncApiContract.of(ROOT, "rectification-service");
    private final Driver driver;
    private final String bootstrapServers;
    private final AuditHeadPublisher heads;

    AsyncApiDocumentTest(Driver driver, @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
            AuditHeadPublisher heads) {
        this.heads = heads;
        this.driver = driver;
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
    }

    @Test
    void theRecordsThisServiceWritesMatchTheirSchemas() {
        Actors actors = driver.rectifyingCase(1);
        assertThat(heads.publish()).isPresent();

        Set<String> keys = Set.of(actors.caseId(), actors.organizationId().toString(), "rectification-service");
        Map<String, Set<String>> expected = Map.of(
                Topics.RECTIFICATION_EVENTS, Set.of("SignOffCompleted"),
                Topics.RECTIFICATION_TO_DISCIPLINE_COMMISSION, Set.of("RectificationNotified"),
                Topics.RECTIFICATION_TO_ORGANIZATION_DEPARTMENT, Set.of("RectificationNotified"),
                Topics.RECTIFICATION_AUDIT, Set.of("AuditHeadPublished"));
        AsyncApiContract.RecordCheck records = document.recordsOn(bootstrapServers, keys, expected, Duration.ofSeconds(60));

        assertThat(records.problems()).isEmpty();
        expected.forEach((topic, types) -> types.forEach(type -> assertThat(records.seen()).contains(topic + " " + type)));
    }
}
