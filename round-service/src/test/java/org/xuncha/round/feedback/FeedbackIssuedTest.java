package org.xuncha.round.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipal;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jose4j.jwt.JwtClaims;
import org.junit.jupiter.api.Test;
import org.xuncha.contract.Topics;
import org.xuncha.platform.security.Caller;
import org.xuncha.platform.security.Roles;
import org.xuncha.testing.RoundApi;
import org.xuncha.testing.RoundApi.ReadyInspection;
import org.xuncha.testing.Topic;

/** Feedback issued in round-service reaches the real broker once, and only when it commits. */
@QuarkusTest
class FeedbackIssuedTest {

    private final RoundApi api = new RoundApi(RestAssured::given);
    private final Feedbacks feedbacks;
    private final ObjectMapper json;
    private final String bootstrapServers;

    FeedbackIssuedTest(Feedbacks feedbacks, ObjectMapper json,
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this.feedbacks = feedbacks;
        this.json = json;
        this.bootstrapServers = bootstrapServers;
    }

    private Topic roundEvents() {
        return Topic.on(bootstrapServers, Topics.ROUND_EVENTS);
    }

    @Test
    void issuedFeedbackIsPublishedWithEveryFindingKeyedByOrganization() throws Exception {
        ReadyInspection ready = api.readyForFeedback(3);

        api.issueFeedback(ready.inspectionId()).then().log().ifValidationFails().statusCode(201)
                .body("findings.size()", equalTo(3));

        List<Topic.Message> published = roundEvents().await(
                message -> message.value().contains(ready.inspectionId().toString()), Duration.ofSeconds(20));
        assertThat(published).hasSize(1);
        Topic.Message message = published.get(0);
        assertThat(message.key()).isEqualTo(ready.organizationId().toString());
        assertThat(message.headers()).containsEntry("event-type", "FeedbackIssued");
        JsonNode event = json.readTree(message.value());
        assertThat(event.get("type").asText()).isEqualTo("FeedbackIssued");
        assertThat(event.get("version").asInt()).isEqualTo(1);
        assertThat(event.get("organizationId").asText()).isEqualTo(ready.organizationId().toString());
        JsonNode payload = event.get("payload");
        assertThat(payload.get("findings")).hasSize(3);
        assertThat(payload.get("findings").findValuesAsText("findingId"))
                .containsExactlyInAnyOrderElementsOf(ready.findingIds().stream().map(UUID::toString).toList());
        assertThat(payload.get("findings").get(0).get("categoryName").asText()).isNotBlank();
        assertThat(payload.get("principalLeader").get("name").asText()).isEqualTo("王建国");
        assertThat(payload.get("leaderInCharge").get("name").asText()).isEqualTo("李明");
        assertThat(payload.get("organization").get("disciplineBody").asText()).isEqualTo("县纪委监委第三监督检查室");
        assertThat(payload.get("secretaryPoints")).hasSize(1);
        assertThat(payload.get("accountabilityPoints")).hasSize(1);
    }

    @Test
    void issuanceThatFailsAfterWritingPublishesNothing() {
        ReadyInspection ready = api.readyForFeedback(2);

        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            feedbacks.issue(ready.inspectionId(), List.of(), List.of(), office());
            throw new IllegalStateException("a check after the feedback and its event were written failed");
        })).hasStackTraceContaining("a check after the feedback and its event were written failed");

        // one record after a failed and a successful issuance: the failed one published nothing
        api.issueFeedback(ready.inspectionId()).then().statusCode(201);
        assertThat(publishedFor(ready, Duration.ofSeconds(5))).hasSize(1);
    }

    @Test
    void feedbackFromTheWrongStateIsRefusedAndPublishesNothing() {
        ReadyInspection ready = api.readyForFeedback(1);
        api.issueFeedback(ready.inspectionId()).then().statusCode(201);

        api.issueFeedback(ready.inspectionId()).then().statusCode(409)
                .body("currentState", equalTo("FED_BACK"));

        assertThat(publishedFor(ready, Duration.ofSeconds(5))).hasSize(1);
    }

    @Test
    void twoConcurrentIssuancesPublishOneEvent() throws Exception {
        ReadyInspection ready = api.readyForFeedback(2);
        CountDownLatch start = new CountDownLatch(1);
        Callable<Integer> issue = () -> {
            start.await();
            return api.issueFeedback(ready.inspectionId()).statusCode();
        };
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<Integer> first = threads.submit(issue);
            Future<Integer> second = threads.submit(issue);
            start.countDown();
            assertThat(List.of(first.get(), second.get())).containsExactlyInAnyOrder(201, 409);
        } finally {
            threads.shutdownNow();
        }
        assertThat(publishedFor(ready, Duration.ofSeconds(5))).hasSize(1);
    }

    private List<Topic.Message> publishedFor(ReadyInspection ready, Duration window) {
        return roundEvents().collect(message -> message.value().contains(ready.inspectionId().toString()), window);
    }

    /** The office, as the resource would pass it from a verified token. */
    private static Caller office() {
        JwtClaims claims = new JwtClaims();
        claims.setSubject("office-user");
        claims.setStringListClaim("groups", Roles.OFFICE);
        return new Caller(new DefaultJWTCallerPrincipal(claims));
    }
}
