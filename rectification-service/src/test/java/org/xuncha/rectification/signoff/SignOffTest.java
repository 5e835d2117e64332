package org.xuncha.rectification.signoff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.xuncha.rectification.Driver.Actors;
import org.xuncha.rectification.Driver;
import org.xuncha.testing.Tokens;
import org.xuncha.testing.Topic;

/** The triple sign-off (三签收): each capacity once, any order, conditional, by the right account. */
@QuarkusTest
class SignOffTest {

    private static final List<String> CAPACITIES = List.of("ORGANIZATION", "PRINCIPAL_LEADER", "LEADER_IN_CHARGE");

    private final Driver driver;
    private final ObjectMapper json;

    SignOffTest(Driver driver, ObjectMapper json) {
        this.driver = driver;
        this.json = json;
    }

    static Stream<List<String>> everyOrder() {
        return Stream.of(
                List.of("ORGANIZATION", "PRINCIPAL_LEADER", "LEADER_IN_CHARGE"),
                List.of("ORGANIZATION", "LEADER_IN_CHARGE", "PRINCIPAL_LEADER"),
                List.of("PRINCIPAL_LEADER", "ORGANIZATION", "LEADER_IN_CHARGE"),
                List.of("PRINCIPAL_LEADER", "LEADER_IN_CHARGE", "ORGANIZATION"),
                List.of("LEADER_IN_CHARGE", "ORGANIZATION", "PRINCIPAL_LEADER"),
                List.of("LEADER_IN_CHARGE", "PRINCIPAL_LEADER", "ORGANIZATION"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyOrder")
    void theCaseStartsRectifyingExactlyWhenTheThirdSignatureLandsInAnyOrder(List<String> order) throws Exception {
        Actors actors = driver.openCase(2);

        JsonPath first = driver.sign(actors, order.get(0));
        JsonPath second = driver.sign(actors, order.get(1));
        assertThat(first.getString("state")).isEqualTo("AWAITING_SIGNOFF");
        assertThat(second.getString("state")).isEqualTo("AWAITING_SIGNOFF");
        assertThat(second.getList("signatures.capacity")).containsExactlyElementsOf(order.subList(0, 2));
        assertThat(driver.events("SignOffCompleted", actors.caseId(), java.time.Duration.ZERO)).isEmpty();

        JsonPath third = driver.sign(actors, order.get(2));

        assertThat(third.getString("state")).isEqualTo("RECTIFYING");
        assertThat(third.getString("signedOffAt")).isNotNull();
        assertThat(third.getList("signatures.capacity")).containsExactlyElementsOf(order);
        List<Topic.Message> completed = driver.awaitEvent("SignOffCompleted", actors.caseId());
        JsonNode event = json.readTree(completed.get(0).value());
        assertThat(completed.get(0).key()).isEqualTo(actors.organizationId().toString());
        assertThat(event.at("/payload/inspectionId").asText())
                .isEqualTo(actors.opened().feedback().payload().inspectionId().toString());
        assertThat(event.at("/payload/signatures")).hasSize(3);
        assertThat(event.at("/payload/signatures/1/name").asText()).isNotBlank();
    }

    @Test
    void eachSignatureRecordsWhoSignedWhenAndInWhichCapacity() {
        Actors actors = driver.openCase(1);

        JsonPath signed = driver.sign(actors, "PRINCIPAL_LEADER");

        assertThat(signed.getString("signatures[0].capacity")).isEqualTo("PRINCIPAL_LEADER");
        assertThat(signed.getString("signatures[0].userId"))
                .isEqualTo(actors.opened().feedback().payload().principalLeader().userId());
        assertThat(signed.getString("signatures[0].name")).isEqualTo("王建国");
        assertThat(signed.getString("signatures[0].signedAt")).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ORGANIZATION", "PRINCIPAL_LEADER", "LEADER_IN_CHARGE"})
    void aSecondSignatureInTheSameCapacityIsRefused(String capacity) {
        Actors actors = driver.openCase(1);
        driver.sign(actors, capacity);

        driver.signOff(actors.caseId(), actors.token(capacity), capacity, driver.etag(actors.caseId()))
                .then().statusCode(409).contentType(Driver.PROBLEM)
                .body("type", equalTo("urn:xuncha:problem:duplicate"));

        driver.as(driver.office()).get("/cases/{id}", actors.caseId()).then().body("signatures", hasSize(1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ORGANIZATION", "PRINCIPAL_LEADER", "LEADER_IN_CHARGE"})
    void concurrentSignaturesInTheSameCapacityYieldOneSignatureAndRefusals(String capacity) throws Exception {
        Actors actors = driver.openCase(1);
        String etag = driver.etag(actors.caseId());
        int racers = 8;
        CyclicBarrier start = new CyclicBarrier(racers);
        ExecutorService threads = Executors.newFixedThreadPool(racers);
        List<Future<Integer>> statuses = new ArrayList<>();
        try {
            for (int i = 0; i < racers; i++) {
                statuses.add(threads.submit(() -> {
                    start.await(10, TimeUnit.SECONDS);
                    return driver.signOff(actors.caseId(), actors.token(capacity), capacity, etag).statusCode();
                }));
            }
            List<Integer> codes = new ArrayList<>();
            for (Future<Integer> status : statuses) {
                codes.add(status.get(30, TimeUnit.SECONDS));
            }

            assertThat(codes).filteredOn(code -> code == 200).hasSize(1);
            assertThat(codes).filteredOn(code -> code != 200).hasSize(racers - 1).allMatch(code -> code == 409 || code == 412);
        } finally {
            threads.shutdownNow();
        }
        JsonPath read = driver.readCase(actors.caseId());
        assertThat(read.getList("signatures")).hasSize(1);
        assertThat(read.getString("state")).isEqualTo("AWAITING_SIGNOFF");
    }

    @Test
    void twoSignaturesRacingInDifferentCapacitiesAgainstOneETagLetOnlyOneLand() throws Exception {
        Actors actors = driver.openCase(1);
        driver.sign(actors, "ORGANIZATION");
        String etag = driver.etag(actors.caseId());
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<Integer> leader = threads.submit(() -> {
                start.await(10, TimeUnit.SECONDS);
                return driver.signOff(actors.caseId(), actors.principalLeader(), "PRINCIPAL_LEADER", etag).statusCode();
            });
            Future<Integer> inCharge = threads.submit(() -> {
                start.await(10, TimeUnit.SECONDS);
                return driver.signOff(actors.caseId(), actors.leaderInCharge(), "LEADER_IN_CHARGE", etag).statusCode();
            });

            // The loser is refused either by the ETag it sent (412) or, when both read the case before
            // either wrote, by the concurrent change its write ran into (409): only one signature lands.
            List<Integer> answers = List.of(leader.get(30, TimeUnit.SECONDS), inCharge.get(30, TimeUnit.SECONDS));
            assertThat(answers).containsOnlyOnce(200).anyMatch(status -> status == 412 || status == 409)
                    .allMatch(status -> status == 200 || status == 412 || status == 409);
        } finally {
            threads.shutdownNow();
        }
        assertThat(driver.readCase(actors.caseId()).getList("signatures")).hasSize(2);
        assertThat(driver.readCase(actors.caseId()).getString("state")).isEqualTo("AWAITING_SIGNOFF");
    }

    @Test
    void aSignOffWithoutIfMatchIsRefusedWith428() {
        Actors actors = driver.openCase(1);

        driver.signOff(actors.caseId(), actors.unit(), "ORGANIZATION", null)
                .then().statusCode(428).contentType(Driver.PROBLEM)
                .body("type", equalTo("urn:xuncha:problem:precondition-required"));

        assertThat(driver.readCase(actors.caseId()).getList("signatures")).isEmpty();
    }

    @Test
    void aSignOffAgainstAStaleETagIsRefusedWith412() {
        Actors actors = driver.openCase(1);
        String read = driver.etag(actors.caseId());
        driver.sign(actors, "ORGANIZATION");

        driver.signOff(actors.caseId(), actors.principalLeader(), "PRINCIPAL_LEADER", read)
                .then().statusCode(412).contentType(Driver.PROBLEM)
                .body("type", equalTo("urn:xuncha:problem:precondition-failed"));

        assertThat(driver.readCase(actors.caseId()).getList("signatures")).hasSize(1);
    }

    @Test
    void theCaseAnswersWithItsETagAndEachSignatureMovesIt() {
        Actors actors = driver.openCase(1);
        String before = driver.etag(actors.caseId());

        Response signed = driver.signOff(actors.caseId(), actors.unit(), "ORGANIZATION", before);

        assertThat(before).matches("\"\\d+\"");
        assertThat(signed.header("ETag")).isNotEqualTo(before).isEqualTo(driver.etag(actors.caseId()));
    }

    @Test
    void signersWithoutTheMatchingScopeAreRefused() {
        Actors actors = driver.openCase(1);
        String etag = driver.etag(actors.caseId());
        String otherUnit = Tokens.as("UNIT").organization(java.util.UUID.randomUUID()).sign();
        String otherLeader = Tokens.as("LEADER_IN_CHARGE").subject("lic-someone-else").sign();

        // An account of another organization, or a leader who does not oversee it: the case does not exist for them.
        driver.signOff(actors.caseId(), otherUnit, "ORGANIZATION", etag).then().statusCode(404);
        driver.signOff(actors.caseId(), otherLeader, "LEADER_IN_CHARGE", etag).then().statusCode(404);
        // The organization's liaison is not its principal leader, nor the leader in charge.
        driver.signOff(actors.caseId(), actors.unit(), "PRINCIPAL_LEADER", etag).then().statusCode(403)
                .contentType(Driver.PROBLEM).body("type", equalTo("urn:xuncha:problem:forbidden"));
        driver.signOff(actors.caseId(), actors.unit(), "LEADER_IN_CHARGE", etag).then().statusCode(403);
        // The leader in charge does not sign for the organization.
        driver.signOff(actors.caseId(), actors.leaderInCharge(), "ORGANIZATION", etag).then().statusCode(403);
        // The principal leader of another organization (same user id, other org claim) is not this one's.
        String principalElsewhere = Tokens.as("UNIT").organization(java.util.UUID.randomUUID())
                .subject(actors.opened().feedback().payload().principalLeader().userId()).sign();
        driver.signOff(actors.caseId(), principalElsewhere, "PRINCIPAL_LEADER", etag).then().statusCode(404);
        // The office and the supervising bodies do not sign at all.
        driver.signOff(actors.caseId(), driver.office(), "ORGANIZATION", etag).then().statusCode(403);
        driver.signOff(actors.caseId(), Tokens.as("DISCIPLINE").sign(), "ORGANIZATION", etag).then().statusCode(403);

        assertThat(driver.readCase(actors.caseId()).getList("signatures")).isEmpty();
    }

    @Test
    void aSignOffWithoutCapacityIsAFieldError() {
        Actors actors = driver.openCase(1);

        driver.as(actors.unit()).header("If-Match", driver.etag(actors.caseId())).body("{\"name\": \"" + "x".repeat(101) + "\"}")
                .post("/cases/{id}/sign-off", actors.caseId())
                .then().statusCode(400).contentType(Driver.PROBLEM)
                .body("errors.field", org.hamcrest.Matchers.containsInAnyOrder("capacity", "name"));
    }
}
