package org.xuncha.rectification;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.path.json.JsonPath;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.xuncha.contract.EventEnvelope;
import org.xuncha.contract.Topics;
import org.xuncha.contract.round.FeedbackIssued;
import org.xuncha.testing.SampleEvents;
import org.xuncha.testing.Tokens;
import org.xuncha.testing.Topic;

/** Cases opened the way production opens them: FeedbackIssued through the real broker. */
@ApplicationScoped
public class CaseFixtures {

    private final String office = Tokens.as("OFFICE").sign();
    private final ObjectMapper json;
    private final Topic roundEvents;

    public CaseFixtures(ObjectMapper json, @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this.json = json;
        this.roundEvents = Topic.on(bootstrapServers, Topics.ROUND_EVENTS);
    }

    public Topic roundEvents() {
        return roundEvents;
    }

    public void publish(EventEnvelope<?> event) {
        publish(event, Map.of());
    }

    /** Publishes the event as round-service's relay would, with these record headers. */
    public void publish(EventEnvelope<?> event, Map<String, String> headers) {
        try {
            roundEvents.send(event.organizationId(), json.writeValueAsString(event), headers);
        } catch (JsonProcessingException unserializable) {
            throw new UncheckedIOException(unserializable);
        }
    }

    /** Publishes feedback with {@code findings} findings and returns its case once it is open. */
    public OpenedCase openCase(int findings, String principalLeaderUserId, String leaderInChargeUserId) {
        EventEnvelope<FeedbackIssued> feedback =
                SampleEvents.feedbackIssued(findings, principalLeaderUserId, leaderInChargeUserId);
        publish(feedback);
        return new OpenedCase(feedback, awaitCaseOf(feedback));
    }

    /**
     * The case of a feedback, as the office reads it, once the consumer has opened it: within a minute,
     * as the first test of a run waits for the consumer to be given its partitions.
     */
    public JsonPath awaitCaseOf(EventEnvelope<FeedbackIssued> feedback) {
        return await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).until(() -> {
            JsonPath page = given().auth().oauth2(office)
                    .queryParam("inspectionId", feedback.payload().inspectionId())
                    .get("/cases").then().statusCode(200).extract().jsonPath();
            return page.getList("items").isEmpty() ? null : new JsonPath(json.writeValueAsString(page.getMap("items[0]")));
        }, Objects::nonNull);
    }

    /** A case and the feedback that opened it. */
    public record OpenedCase(EventEnvelope<FeedbackIssued> feedback, JsonPath view) {

        public String id() {
            return view.getString("id");
        }

        public java.util.UUID organizationId() {
            return feedback.payload().organization().id();
        }
    }
}
