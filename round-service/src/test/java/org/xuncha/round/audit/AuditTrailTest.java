package org.xuncha.round.audit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.xuncha.contract.Topics;
import org.xuncha.platform.audit.AuditHeadPublisher;
import org.xuncha.platform.audit.AuditTrail;
import org.xuncha.testing.Topic;
import org.xuncha.testing.RoundApi;
import org.xuncha.testing.Tokens;

/**
 * The audit trail: every change appended at commit with who, when, before and after, chained by
 * hashes; an edit, a deletion, a reordering and a cut tail, made with SQL, are each found and the
 * entry named.
 */
@QuarkusTest
class AuditTrailTest {

    /** The lock audit_append takes; held here, no transaction can append while a test tampers. */
    private static final String APPEND_LOCK = "1635083380, 0";

    private final RoundApi api = new RoundApi(RestAssured::given);
    private final String subject = "office-" + UUID.randomUUID();
    private final String office = Tokens.as("OFFICE").subject(subject).sign();
    private final String leadership = Tokens.as("LEADERSHIP").sign();

    @Inject
    DataSource dataSource;

    @Inject
    AuditHeadPublisher heads;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void aChangeIsRecordedWithWhoWhenBeforeAndAfter() {
        UUID id = registered("城关镇党委");
        api.as(office).body(Map.of("name", "城关镇党委（更名）", "type", "TOWNSHIP", "cityDirected", false))
                .put("/organizations/" + id).then().statusCode(200);

        JsonPath trail = given().auth().oauth2(leadership)
                .queryParam("aggregate", "organization").queryParam("aggregateId", id.toString())
                .get("/audit-trail").then().statusCode(200).extract().jsonPath();

        assertThat(trail.getList("items.action", String.class)).containsExactly("INSERT", "UPDATE");
        assertThat(trail.getList("items.actor", String.class)).containsOnly(subject);
        assertThat(trail.getString("items[0].before")).isNull();
        assertThat(trail.getString("items[0].after")).contains("城关镇党委");
        assertThat(trail.getString("items[1].before")).contains("\"name\": \"城关镇党委\"");
        assertThat(trail.getString("items[1].after")).contains("城关镇党委（更名）");
        assertThat(trail.getString("items[1].previousHash")).isNotBlank();
        assertThat(trail.getString("items[0].occurredAt")).isNotBlank();
    }

    @Test
    void theTrailIsReadByPersonAndTime() {
        UUID id = registered("城南街道党工委");

        given().auth().oauth2(office).queryParam("aggregate", "organization").queryParam("actor", subject).get("/audit-trail")
                .then().statusCode(200).body("items.size()", equalTo(1)).body("items[0].aggregateId", equalTo(id.toString()));
        given().auth().oauth2(office).queryParam("actor", subject).queryParam("from", "2999-01-01T00:00:00+08:00")
                .get("/audit-trail").then().statusCode(200).body("items.size()", equalTo(0));
        given().auth().oauth2(office).queryParam("actor", subject).queryParam("to", "2000-01-01T00:00:00+08:00")
                .get("/audit-trail").then().statusCode(200).body("items.size()", equalTo(0));
    }

    @Test
    void theTrailPagesInOrder() {
        registered("甲村党支部");
        registered("乙村党支部");
        registered("丙村党支部");

        JsonPath first = given().auth().oauth2(office).queryParam("aggregate", "organization").queryParam("actor", subject).queryParam("limit", 2)
                .get("/audit-trail").then().statusCode(200).extract().jsonPath();
        JsonPath second = given().auth().oauth2(office).queryParam("aggregate", "organization").queryParam("actor", subject).queryParam("limit", 2)
                .queryParam("cursor", first.getString("next")).get("/audit-trail").then().statusCode(200).extract().jsonPath();

        assertThat(first.getList("items")).hasSize(2);
        assertThat(second.getList("items")).hasSize(1);
        assertThat(second.getString("next")).isNull();
        assertThat(second.getLong("items[0].seq")).isGreaterThan(first.getLong("items[1].seq"));
    }

    @Test
    void anUntouchedTrailVerifies() {
        registered("城北社区党委");

        verification().then().statusCode(200).body("intact", equalTo(true));
    }

    @Test
    void anEditedEntryIsFoundAndNamed() throws SQLException {
        long seq = seqOf(registered("东关村党支部"));

        tampered(List.of("update audit_entry set after_state = jsonb_set(after_state, '{name}', '\"西关村党支部\"') where seq = " + seq),
                List.of("update audit_entry set after_state = jsonb_set(after_state, '{name}', '\"东关村党支部\"') where seq = " + seq),
                () -> verification().then().statusCode(200).body("intact", equalTo(false))
                        .body("firstBrokenSeq", equalTo((int) seq)).body("reason", equalTo("its content does not match its hash")));
        verification().then().body("intact", equalTo(true));
    }

    @Test
    void anEditedActorIsFoundAndNamed() throws SQLException {
        long seq = seqOf(registered("南关村党支部"));

        tampered(List.of("update audit_entry set actor = 'someone-else' where seq = " + seq),
                List.of("update audit_entry set actor = '" + subject + "' where seq = " + seq),
                () -> verification().then().body("intact", equalTo(false)).body("firstBrokenSeq", equalTo((int) seq)));
    }

    @Test
    void aDeletedEntryIsFoundAndTheEntryAfterItNamed() throws SQLException {
        long seq = seqOf(registered("北关村党支部"));
        registered("北关社区党委");

        tampered(List.of("create temporary table kept_entry as select * from audit_entry where seq = " + seq,
                        "delete from audit_entry where seq = " + seq),
                List.of("insert into audit_entry select * from kept_entry", "drop table kept_entry"),
                () -> verification().then().body("intact", equalTo(false)).body("firstBrokenSeq", equalTo((int) seq + 1))
                        .body("reason", equalTo("entries " + seq + " to " + seq + " are missing before it")));
    }

    @Test
    void reorderedEntriesAreFoundAndNamed() throws SQLException {
        long seq = seqOf(registered("前进村党支部"));
        registered("胜利村党支部");
        String swap = "update audit_entry set seq = case seq when %1$d then -1 else seq end where seq = %1$d;"
                + "update audit_entry set seq = %1$d where seq = %2$d;"
                + "update audit_entry set seq = %2$d where seq = -1";

        tampered(List.of(String.format(swap, seq, seq + 1)), List.of(String.format(swap, seq, seq + 1)),
                () -> verification().then().body("intact", equalTo(false)).body("firstBrokenSeq", equalTo((int) seq)));
    }

    @Test
    void aTailCutAfterTheHeadWasPublishedIsFound() throws SQLException {
        registered("红星村党支部");
        long head = seqOf(registered("红旗村党支部"));

        tampered(List.of("insert into audit_checkpoint (seq, hash, published_at) select seq, hash, now() from audit_entry where seq = " + head,
                        "create temporary table kept_tail as select * from audit_entry where seq >= " + head,
                        "delete from audit_entry where seq >= " + head),
                List.of("insert into audit_entry select * from kept_tail", "drop table kept_tail",
                        "delete from audit_checkpoint where seq = " + head),
                () -> verification().then().body("intact", equalTo(false)).body("firstBrokenSeq", equalTo((int) head))
                        .body("reason", equalTo("it was published as the head and is no longer in the trail: the tail was cut off")));
    }

    @Test
    void aPublishedHeadIsRecordedAndSentAsAnEvent() {
        registered("白云村党支部");

        AuditTrail.Head head = heads.publish().orElseThrow();

        assertThat(head.seq()).isPositive();
        List<Topic.Message> sent = Topic.on(bootstrapServers, Topics.ROUND_AUDIT).await(message -> "round-service".equals(
                message.key()) && message.value().contains("\"seq\":" + head.seq() + ","), Duration.ofSeconds(20));
        assertThat(sent).hasSize(1);
        JsonPath event = JsonPath.from(sent.get(0).value());
        assertThat(event.getString("type")).isEqualTo("AuditHeadPublished");
        assertThat(event.getString("payload.hash")).isEqualTo(head.hash());
        assertThat(event.getString("payload.service")).isEqualTo("round-service");
        assertThat(heads.publish()).as("the head did not move: nothing to publish").isEmpty();
        verification().then().body("intact", equalTo(true));
    }

    @Test
    void aTailCutAfterAPublishedHeadIsFoundAndTheHeadNamed() throws SQLException {
        registered("青山村党支部");
        long head = heads.publish().orElseThrow().seq();

        tampered(List.of("create temporary table kept_tail as select * from audit_entry where seq >= " + head,
                        "delete from audit_entry where seq >= " + head),
                List.of("insert into audit_entry select * from kept_tail", "drop table kept_tail"),
                () -> verification().then().body("intact", equalTo(false)).body("firstBrokenSeq", equalTo((int) head))
                        .body("reason", equalTo("it was published as the head and is no longer in the trail: the tail was cut off")));
    }

    @Test
    void aTailRewrittenAfterAPublishedHeadIsFoundAndTheHeadNamed() throws SQLException {
        registered("绿水村党支部");
        long head = heads.publish().orElseThrow().seq();

        // Rewritten so that the chain is whole again: the entry's content and hash are both replaced.
        tampered(List.of("create temporary table kept_head as select * from audit_entry where seq = " + head,
                        "update audit_entry set actor = 'someone-else', hash = encode(sha256(convert_to(audit_canonical(seq, "
                                + "occurred_at, 'someone-else', action, aggregate, aggregate_id, before_state, after_state, "
                                + "previous_hash), 'UTF8')), 'hex') where seq = " + head),
                List.of("delete from audit_entry where seq = " + head, "insert into audit_entry select * from kept_head",
                        "drop table kept_head"),
                () -> verification().then().body("intact", equalTo(false)).body("firstBrokenSeq", equalTo((int) head))
                        .body("reason", equalTo("its hash differs from the one published as the head")));
    }

    @Test
    void aBrokenChainHasNoHeadPublished() throws SQLException {
        long seq = seqOf(registered("黑石村党支部"));

        tampered(List.of("update audit_entry set actor = 'someone-else' where seq = " + seq),
                List.of("update audit_entry set actor = '" + subject + "' where seq = " + seq),
                () -> assertThat(heads.publish()).isEmpty());
    }

    @Test
    void concurrentChangesFormOneChain() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<UUID>> racing = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                int n = i;
                racing.add(pool.submit(() -> registered("并发村" + n + "党支部")));
            }
            for (Future<UUID> each : racing) {
                each.get();
            }
        } finally {
            pool.shutdown();
        }

        given().auth().oauth2(office).queryParam("aggregate", "organization").queryParam("actor", subject)
                .queryParam("limit", 100).get("/audit-trail")
                .then().body("items.size()", equalTo(24));
        verification().then().statusCode(200).body("intact", equalTo(true));
    }

    @Test
    void onlyTheOfficeAndTheLeadershipReadOrVerifyTheTrail() {
        for (String token : List.of(Tokens.as("UNIT").organization(UUID.randomUUID()).sign(),
                Tokens.as("TEAM_LEADER").cadre(UUID.randomUUID()).sign(), Tokens.as("TEAM_MEMBER").cadre(UUID.randomUUID()).sign(),
                Tokens.as("DISCIPLINE").sign(), Tokens.as("INTEGRATION").sign())) {
            given().auth().oauth2(token).get("/audit-trail").then().statusCode(403);
            given().auth().oauth2(token).get("/audit-trail/verification").then().statusCode(403);
        }
        given().get("/audit-trail").then().statusCode(401);
        given().get("/audit-trail/verification").then().statusCode(401);
    }

    private UUID registered(String name) {
        return RoundApi.created(api.as(office).body(Map.of("name", name, "type", "VILLAGE")).post("/organizations"));
    }

    private long seqOf(UUID organizationId) {
        return given().auth().oauth2(office).queryParam("aggregate", "organization")
                .queryParam("aggregateId", organizationId.toString()).get("/audit-trail")
                .then().statusCode(200).extract().jsonPath().getLong("items[0].seq");
    }

    private io.restassured.response.Response verification() {
        return given().auth().oauth2(leadership).get("/audit-trail/verification");
    }

    /** Tampers with SQL while holding the append lock, checks, and puts the rows back as they were. */
    private void tampered(List<String> tamper, List<String> restore, Runnable check) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            sql.execute("select pg_advisory_lock(" + APPEND_LOCK + ")");
            try {
                for (String statement : tamper) {
                    sql.execute(statement);
                }
                check.run();
            } finally {
                for (String statement : restore) {
                    sql.execute(statement);
                }
                sql.execute("select pg_advisory_unlock(" + APPEND_LOCK + ")");
            }
        }
        verification().then().body("intact", equalTo(true));
    }
}
