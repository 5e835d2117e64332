package org.xuncha.round.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.xuncha.testing.RawHttp;
import org.xuncha.testing.RoundApi;
import org.xuncha.testing.Tokens;

/**
 * One place reads cursors, path ids and query parameters (platform's {@code Parameters} and
 * {@code Cursor}): whatever a client forges there is a 400 problem naming the parameter, never a 5xx,
 * never a 404 for a malformed {@code limit}.
 */
@QuarkusTest
class ParameterDecodingTest {

    private static final String PROBLEM = "application/problem+json";
    private final RoundApi api = new RoundApi(RestAssured::given);
    private final String office = Tokens.as("OFFICE").sign();

    private static String forged(String keys) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(keys.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void forgedButWellFormedCursorIsRefusedNamingTheCursor() {
        UUID inspection = UUID.randomUUID();
        List<String> lists = List.of("/organizations", "/cadres", "/terms",
                "/findings?inspectionId=" + inspection, "/leads?inspectionId=" + inspection, "/inspections",
                "/pools/LEADER/members", "/report-refusals", "/feeds/discipline-commission");
        for (String list : lists) {
            for (String cursor : List.of(forged("not-an-id"), forged("1-1-1-1-1"), forged("a\u001fb\u001fc"),
                    forged("\u0000"), forged("99999999999999999999"), "%%%", "x".repeat(3000))) {
                api.as(office).urlEncodingEnabled(true).queryParam("cursor", cursor).get(list)
                        .then().log().ifValidationFails()
                        .statusCode(400).contentType(PROBLEM)
                        .body("errors.field", hasItem("cursor"));
            }
        }
    }

    @Test
    void limitThatIsNotANumberOrOutOfRangeIsABadRequestNamingIt() {
        for (String limit : List.of("abc", "-1", "0", "100000", "1e3", "99999999999", "")) {
            api.as(office).queryParam("limit", limit).get("/organizations")
                    .then().log().ifValidationFails()
                    .statusCode(400).contentType(PROBLEM)
                    .body("type", equalTo("urn:xuncha:problem:validation"))
                    .body("errors.field", hasItem("limit"));
        }
    }

    @Test
    void queryParameterOfTheWrongTypeIsABadRequestNamingIt() {
        api.as(office).queryParam("type", "CASTLE").get("/organizations")
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("type"));
        api.as(office).queryParam("inspectionId", "not-a-uuid").get("/findings")
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("inspectionId"));
        api.as(office).queryParam("name", "某\u0000局").get("/organizations")
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("name"));
        api.as(office).queryParam("skill", "财务\u0000").get("/cadres")
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("skill"));
    }

    @Test
    void skillSearchAnswersAPage() {
        api.as(office).queryParam("skill", "财务").get("/cadres").then().statusCode(200);
    }

    @Test
    void pathIdWithASpaceQuoteOrControlCharacterIsABadRequestNamingIt() {
        for (String id : List.of("a%20b", "%22", "%00", "%0A", "x'--", "1-1-1-1-1", "%E2%80%AE")) {
            RawHttp.Answer answer = RawHttp.get(RestAssured.port, "/organizations/" + id, office);
            assertThat(answer.status()).as("%s: %s", id, answer.body()).isEqualTo(400);
            assertThat(answer.contentType()).as(id).startsWith(PROBLEM);
            assertThat(answer.body()).as(id).contains("\"field\":\"id\"");
        }
    }

    @Test
    void pathIdWithAControlCharacterWithoutATokenIsAProblemNeverAServerError() {
        for (String id : List.of("a%20b", "%22", "%00", "%0A")) {
            RawHttp.Answer answer = RawHttp.get(RestAssured.port, "/organizations/" + id, null);
            assertThat(answer.status()).as("%s: %s", id, answer.body()).isBetween(400, 401);
            assertThat(answer.contentType()).as(id).startsWith(PROBLEM);
        }
    }
}
