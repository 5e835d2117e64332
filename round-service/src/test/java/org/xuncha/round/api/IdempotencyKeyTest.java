package org.xuncha.round.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.xuncha.platform.idempotency.Idempotent;
import org.xuncha.testing.MovableClock;
import org.xuncha.testing.RoundApi;
import org.xuncha.testing.RoundApi.ReadyInspection;
import org.xuncha.testing.Tokens;

/**
 * {@code Idempotency-Key} on POST (issue #10): a machine client that retries after a timeout gets
 * the first answer again and nothing is done twice; keys are per caller, kept for the retention,
 * refused when reused for another request or while the first still runs.
 */
@QuarkusTest
class IdempotencyKeyTest {

    private static final String KEY = "Idempotency-Key";
    private final RoundApi api = new RoundApi(RestAssured::given);
    private final MovableClock clock;
    private final AgroalDataSource dataSource;
    private ReadyInspection stationed;
    private String subject;
    private String member;
    private String summary;

    IdempotencyKeyTest(MovableClock clock, AgroalDataSource dataSource) {
        this.clock = clock;
        this.dataSource = dataSource;
    }

    @BeforeEach
    void aStationedInspection() {
        stationed = api.stationed();
        subject = "member-" + UUID.randomUUID();
        member = Tokens.as("TEAM_MEMBER").cadre(stationed.team().memberId()).subject(subject).sign();
        summary = "村支书张某涉嫌侵占集体土地补偿款 " + UUID.randomUUID();
    }

    @AfterEach
    void putTimeBack() {
        clock.reset();
    }

    private Response receive(String token, String key, String leadSummary) {
        return api.as(token).header(KEY, key).body(Map.of("inspectionId", stationed.inspectionId(),
                "summary", leadSummary, "persons", "张某", "source", "个别谈话")).post("/leads");
    }

    @Test
    void aRetryGetsTheFirstAnswerAgainAndCreatesOneLead() throws SQLException {
        String key = UUID.randomUUID().toString();
        Response first = receive(member, key, summary);
        first.then().statusCode(201);

        Response retry = receive(member, key, summary);

        retry.then().statusCode(201).header("Idempotent-Replayed", "true");
        assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
        assertThat(retry.jsonPath().getString("id")).isEqualTo(first.jsonPath().getString("id"));
        assertThat(retry.jsonPath().getMap("$")).isEqualTo(first.jsonPath().getMap("$"));
        assertThat(first.header("Idempotent-Replayed")).isNull();
        assertThat(leadsWith(summary)).isEqualTo(1);
    }

    @Test
    void theKeyMayBeSentAsAStructuredFieldString() {
        String key = UUID.randomUUID().toString();
        Response first = receive(member, "\"" + key + "\"", summary);
        Response retry = receive(member, key, summary);

        retry.then().statusCode(201).header("Idempotent-Replayed", "true");
        assertThat(retry.jsonPath().getString("id")).isEqualTo(first.jsonPath().getString("id"));
    }

    @Test
    void theSameKeyWithAnotherBodyIsRefused() throws SQLException {
        String key = UUID.randomUUID().toString();
        receive(member, key, summary).then().statusCode(201);

        receive(member, key, summary + " 另一条").then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:xuncha:problem:idempotency-key-reused"));

        assertThat(leadsWith(summary + " 另一条")).isZero();
    }

    @Test
    void keysArePerCaller() throws SQLException {
        String key = UUID.randomUUID().toString();
        String colleague = Tokens.as("TEAM_MEMBER").cadre(stationed.team().memberId()).subject("other-" + UUID.randomUUID())
                .sign();

        String mine = receive(member, key, summary).then().statusCode(201).extract().path("id");
        Response theirs = receive(colleague, key, summary);

        theirs.then().statusCode(201);
        assertThat(theirs.header("Idempotent-Replayed")).isNull();
        assertThat(theirs.jsonPath().getString("id")).isNotEqualTo(mine);
        assertThat(leadsWith(summary)).isEqualTo(2);
    }

    @Test
    void aKeyIsForgottenOnceItsRetentionHasPassed() throws SQLException {
        String key = UUID.randomUUID().toString();
        String first = receive(member, key, summary).then().statusCode(201).extract().path("id");
        clock.advance(Duration.ofHours(23));
        assertThat(receive(member, key, summary).jsonPath().getString("id")).isEqualTo(first);

        clock.advance(Duration.ofHours(1).plusMinutes(1));
        Response afterRetention = receive(member, key, summary);

        afterRetention.then().statusCode(201);
        assertThat(afterRetention.header("Idempotent-Replayed")).isNull();
        assertThat(afterRetention.jsonPath().getString("id")).isNotEqualTo(first);
        assertThat(leadsWith(summary)).isEqualTo(2);
    }

    @Test
    void aRetryWhileTheFirstRequestStillRunsIsRefused() throws SQLException {
        String key = UUID.randomUUID().toString();
        try (Connection firstRequest = dataSource.getConnection()) {
            holdKey(firstRequest, key);

            receive(member, key, summary).then().statusCode(409).contentType("application/problem+json")
                    .body("type", equalTo("urn:xuncha:problem:idempotency-key-in-use"));
            assertThat(leadsWith(summary)).isZero();
            releaseKey(firstRequest, key);
        }
        receive(member, key, summary).then().statusCode(201);
    }

    @Test
    void racingRetriesCreateOneLeadAndAllAgreeOnIt() throws Exception {
        String key = UUID.randomUUID().toString();
        int racers = 6;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        List<Future<Response>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < racers; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return receive(member, key, summary);
                }));
            }
            start.countDown();
            List<String> ids = new ArrayList<>();
            for (Future<Response> answer : answers) {
                Response response = answer.get();
                assertThat(response.statusCode()).as(response.asString()).isIn(201, 409);
                if (response.statusCode() == 201) {
                    ids.add(response.jsonPath().getString("id"));
                } else {
                    assertThat(response.jsonPath().getString("type"))
                            .isEqualTo("urn:xuncha:problem:idempotency-key-in-use");
                }
            }
            assertThat(ids).isNotEmpty().containsOnly(ids.get(0));
        } finally {
            pool.shutdownNow();
        }
        String settled = receive(member, key, summary).then().statusCode(201).extract().path("id");
        assertThat(leadsWith(summary)).isEqualTo(1);
        assertThat(settled).isNotNull();
    }

    @Test
    void aRefusalThatChangedNothingIsNotKept() throws SQLException {
        String key = UUID.randomUUID().toString();
        api.as(member).header(KEY, key).body(Map.of("inspectionId", stationed.inspectionId(), "summary", "",
                "persons", "张某", "source", "个别谈话")).post("/leads").then().statusCode(400);

        receive(member, key, summary).then().statusCode(201);
        assertThat(leadsWith(summary)).isEqualTo(1);
    }

    @Test
    void aRefusalThatWasRecordedStaysRecordedUnderAKey() throws SQLException {
        String commission = Tokens.as("INTEGRATION").system("DISCIPLINE_COMMISSION").subject("cdi-" + UUID.randomUUID())
                .sign();
        String reference = "纪办〔2026〕" + UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        UUID unknownLead = UUID.randomUUID();

        for (int attempt = 1; attempt <= 2; attempt++) {
            api.as(commission).header(KEY, key).body(Map.of("reference", reference, "progress", "已办理"))
                    .post("/leads/{id}/progress-reports", unknownLead).then().statusCode(404);
        }

        try (Connection connection = dataSource.getConnection();
                PreparedStatement refusals = connection.prepareStatement(
                        "select reason, attempts from report_refusal where reference = ?")) {
            refusals.setString(1, reference);
            try (ResultSet rows = refusals.executeQuery()) {
                assertThat(rows.next()).as("the refusal is recorded for the office").isTrue();
                assertThat(rows.getString(1)).isEqualTo("UNKNOWN_LEAD");
                assertThat(rows.getInt(2)).as("the retry is counted by the reference rule").isEqualTo(2);
                assertThat(rows.next()).isFalse();
            }
        }
    }

    @Test
    void aKeyThatIsNotOneIsRefused() {
        receive(member, "x".repeat(256), summary).then().statusCode(400)
                .body("errors[0].field", equalTo(KEY));
        receive(member, "two words", summary).then().statusCode(400).body("errors[0].field", equalTo(KEY));
    }

    @Test
    void withoutAKeyEveryRequestIsNew() throws SQLException {
        api.as(member).body(Map.of("inspectionId", stationed.inspectionId(), "summary", summary, "persons", "张某",
                "source", "个别谈话")).post("/leads").then().statusCode(201);
        api.as(member).body(Map.of("inspectionId", stationed.inspectionId(), "summary", summary, "persons", "张某",
                "source", "个别谈话")).post("/leads").then().statusCode(201);

        assertThat(leadsWith(summary)).isEqualTo(2);
    }

    @Test
    void everyPostOfTheServiceTakesTheKey() {
        List<String> uncovered = new ArrayList<>();
        for (Bean<?> bean : Arc.container().beanManager().getBeans(Object.class, Any.Literal.INSTANCE)) {
            Class<?> resource = bean.getBeanClass();
            if (!resource.isAnnotationPresent(Path.class)) {
                continue;
            }
            for (Method method : resource.getDeclaredMethods()) {
                if (method.isAnnotationPresent(POST.class) && !resource.isAnnotationPresent(Idempotent.class)
                        && !method.isAnnotationPresent(Idempotent.class)) {
                    uncovered.add(resource.getSimpleName() + "." + method.getName());
                }
            }
        }
        assertThat(uncovered).as("POST operations without @Idempotent").isEmpty();

        JsonPath document = RestAssured.given().queryParam("format", "json").get("/q/openapi").jsonPath();
        Map<String, Map<String, Object>> paths = document.getMap("paths");
        List<String> posts = new ArrayList<>();
        paths.forEach((path, operations) -> {
            if (operations.containsKey("post")) {
                posts.add(path);
                assertThat(document.getList("paths.'" + path + "'.post.parameters.$ref", String.class))
                        .as("POST %s declares Idempotency-Key", path)
                        .contains("#/components/parameters/IdempotencyKey");
            }
        });
        assertThat(posts).isNotEmpty();
        assertThat(document.getString("components.parameters.IdempotencyKey.name")).isEqualTo(KEY);
    }

    private void holdKey(Connection connection, String key) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement(
                "select pg_advisory_lock(" + 0x6964656d + ", hashtext(? || ' ' || ?))")) {
            lock.setString(1, subject);
            lock.setString(2, key);
            lock.executeQuery().close();
        }
    }

    private void releaseKey(Connection connection, String key) throws SQLException {
        try (PreparedStatement unlock = connection.prepareStatement(
                "select pg_advisory_unlock(" + 0x6964656d + ", hashtext(? || ' ' || ?))")) {
            unlock.setString(1, subject);
            unlock.setString(2, key);
            unlock.executeQuery().close();
        }
    }

    private long leadsWith(String leadSummary) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement count = connection.prepareStatement("select count(*) from lead where summary = ?")) {
            count.setString(1, leadSummary);
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
