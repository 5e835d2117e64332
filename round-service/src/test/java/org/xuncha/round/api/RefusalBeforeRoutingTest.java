package org.xuncha.round.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
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

    private static void assertProblem(Response answer, int status) {
        assertThat(answer.statusCode()).isEqualTo(status);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.jsonPath().getInt("status")).isEqualTo(status);
        assertThat(answer.jsonPath().getString("type")).startsWith("urn:xuncha:problem:");
    }
}
