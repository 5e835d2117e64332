package org.xuncha.round.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.xuncha.platform.problem.HttpRefusals;
import org.xuncha.testing.RawHttp;
import org.xuncha.testing.Tokens;

/** Requests refused before any operation is reached are problem JSON too, not empty bodies. */
@QuarkusTest
class RefusalBeforeRoutingTest {

    private final String office = Tokens.as("OFFICE").sign();

    @Test
    void aPathNoOperationHasIsA404Problem() {
        Response answer = given().auth().oauth2(office).get("/no-such-collection/at-all");
        assertProblem(answer, 404);
    }

    @Test
    void aMethodThePathDoesNotTakeIsA405Problem() {
        Response answer = given().auth().oauth2(office).delete("/organizations");
        assertProblem(answer, 405);
    }

    @Test
    void aBodyOfAnotherMediaTypeIsA415Problem() {
        Response answer = given().auth().oauth2(office).contentType("application/xml").body("<term/>").post("/terms");
        assertProblem(answer, 415);
    }

    @Test
    void aTargetOverItsLimitIsA414ProblemAndOneAtItIsServed() {
        String query = "/organizations?limit=5&name=";
        String atLimit = query + "x".repeat(HttpRefusals.LONGEST_TARGET - query.length());
        RawHttp.Answer served = RawHttp.send(RestAssured.port, "GET", atLimit, Map.of("Authorization", "Bearer " + office),
                null);
        RawHttp.Answer refused = RawHttp.send(RestAssured.port, "GET", atLimit + "x",
                Map.of("Authorization", "Bearer " + office), null);

        assertThat(served.status()).isNotIn(414, 431).isLessThan(500);
        assertRawProblem(refused, 414);
        assertRawProblem(RawHttp.send(RestAssured.port, "GET", "/organizations?name=" + "x".repeat(20_000), Map.of(),
                null), 414);
    }

    @Test
    void headersOverTheirLimitAreA431Problem() {
        RawHttp.Answer refused = RawHttp.send(RestAssured.port, "GET", "/organizations",
                Map.of("Authorization", "Bearer " + office, "X-Padding", "x".repeat(HttpRefusals.LARGEST_HEADERS)), null);

        assertRawProblem(refused, 431);
    }

    private static void assertRawProblem(RawHttp.Answer answer, int status) {
        assertThat(answer.status()).isEqualTo(status);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.body()).contains("\"status\":" + status).contains("urn:xuncha:problem:");
    }

    private static void assertProblem(Response answer, int status) {
        assertThat(answer.statusCode()).isEqualTo(status);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.jsonPath().getInt("status")).isEqualTo(status);
        assertThat(answer.jsonPath().getString("type")).startsWith("urn:xuncha:problem:");
    }
}
