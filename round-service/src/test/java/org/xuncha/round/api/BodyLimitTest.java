package org.xuncha.round.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.xuncha.testing.RawHttp;
import org.xuncha.testing.Tokens;

/** Bodies over 2 MiB are refused before they are read (platform/limits), except on the imports. */
@QuarkusTest
class BodyLimitTest {

    private final String office = Tokens.as("OFFICE").sign();

    @Test
    void aBodyOverTheLimitIsA413ProblemBeforeItIsRead() {
        RawHttp.Answer answer = RawHttp.send(RestAssured.port, "POST", "/terms", Map.of("Authorization", "Bearer " + office,
                "Content-Type", "application/json", "Content-Length", String.valueOf(3 * 1024 * 1024)), new byte[64]);
        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.body()).contains("urn:xuncha:problem:payload-too-large");
    }

    @Test
    void aChunkedBodyOutsideTheImportsIsRefusedAsLengthRequired() {
        RawHttp.Answer answer = RawHttp.send(RestAssured.port, "POST", "/terms", Map.of("Authorization", "Bearer " + office,
                "Content-Type", "application/json", "Transfer-Encoding", "chunked"), "2\r\n{}\r\n0\r\n\r\n".getBytes());
        assertThat(answer.status()).isEqualTo(411);
        assertThat(answer.contentType()).startsWith("application/problem+json");
    }

    @Test
    void anImportMayBeLargerThanTheLimit() {
        StringBuilder csv = new StringBuilder("name,type\n");
        while (csv.length() < 3 * 1024 * 1024) {
            csv.append("某某某某某某乡党委").append(csv.length()).append(",TOWNSHIP\n");
        }
        int status = RestAssured.given().auth().oauth2(office).contentType("text/csv; charset=UTF-8")
                .queryParam("dryRun", true).body(csv.toString()).post("/imports/organizations").statusCode();
        assertThat(status).isNotEqualTo(413).isLessThan(500);
    }
}
