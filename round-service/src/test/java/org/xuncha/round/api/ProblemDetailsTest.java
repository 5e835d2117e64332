package org.xuncha.round.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.xuncha.testing.RoundApi;
import org.xuncha.testing.Tokens;

/** Every refusal is RFC 9457 problem JSON, whatever refuses it. */
@QuarkusTest
class ProblemDetailsTest {

    private static final String PROBLEM = "application/problem+json";
    private final RoundApi api = new RoundApi(io.restassured.RestAssured::given);
    private final String office = Tokens.as("OFFICE").sign();

    @Test
    void callWithoutTokenIsUnauthorized() {
        given().get("/organizations/{id}", UUID.randomUUID())
                .then().statusCode(401).contentType(PROBLEM)
                .header("WWW-Authenticate", "Bearer")
                .body("type", equalTo("urn:xuncha:problem:unauthenticated"))
                .body("status", equalTo(401));
    }

    @Test
    void expiredTokenIsUnauthorized() {
        given().auth().oauth2(Tokens.as("OFFICE").expiredAgo(Duration.ofMinutes(10)).sign())
                .get("/organizations/{id}", UUID.randomUUID())
                .then().statusCode(401).contentType(PROBLEM);
    }

    @Test
    void tokenSignedWithAnotherKeyIsUnauthorized() {
        String forged = office.substring(0, office.lastIndexOf('.') + 1) + "c2lnbmVkLWJ5LXNvbWVib2R5LWVsc2U";
        given().auth().oauth2(forged).get("/organizations/{id}", UUID.randomUUID())
                .then().statusCode(401).contentType(PROBLEM);
    }

    @Test
    void roleThatMayNotCallIsForbidden() {
        given().auth().oauth2(Tokens.as("UNIT").sign()).contentType("application/json")
                .body(Map.of("name", "某局党组", "type", "ORGAN"))
                .post("/organizations")
                .then().statusCode(403).contentType(PROBLEM)
                .body("type", equalTo("urn:xuncha:problem:forbidden"))
                .body("instance", equalTo("/organizations"));
    }

    @Test
    void unknownOrganizationIsNotFound() {
        UUID missing = UUID.randomUUID();
        given().auth().oauth2(office).get("/organizations/{id}", missing)
                .then().statusCode(404).contentType(PROBLEM)
                .body("type", equalTo("urn:xuncha:problem:not-found"))
                .body("title", equalTo("Not Found"))
                .body("detail", containsString(missing.toString()))
                .body("instance", equalTo("/organizations/" + missing));
    }

    @Test
    void secondRoundWithTheSameNumberIsAConflict() {
        UUID term = api.term();
        api.round(term, 3);
        api.as(office).body(Map.of("termId", term, "number", 3, "kind", "REGULAR")).post("/rounds")
                .then().statusCode(409).contentType(PROBLEM)
                .body("type", equalTo("urn:xuncha:problem:duplicate"));
    }

    @Test
    void transitionFromTheWrongStateIsAConflictNamingTheState() {
        UUID inspection = api.inspection(api.team(api.round(api.term(), 1)), api.organization("某乡党委", "TOWNSHIP"));
        api.as(office).post("/inspections/{id}/station", inspection)
                .then().statusCode(409).contentType(PROBLEM)
                .body("type", equalTo("urn:xuncha:problem:illegal-transition"))
                .body("currentState", equalTo("PLANNED"))
                .body("detail", containsString("PLANNED"));
    }

    @Test
    void invalidRequestListsEveryBrokenField() {
        api.as(office).body(Map.of("name", " ", "principalLeader", Map.of("userId", "u-1")))
                .post("/organizations")
                .then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("urn:xuncha:problem:validation"))
                .body("errors", hasSize(3))
                .body("errors.field", containsInAnyOrder("name", "type", "principalLeader.name"));
    }

    @Test
    void invalidListElementNamesItsIndex() {
        UUID inspection = api.readyForFeedback(1).inspectionId();
        api.as(office).body(Map.of("inspectionId", inspection, "secretaryPoints", List.of(
                        Map.of("persons", "张某", "matter", "有"), Map.of("persons", "李某", "matter", ""))))
                .post("/feedback")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", hasItem("secretaryPoints[1].matter"));
    }

    @Test
    void malformedJsonIsABadRequestWithoutInternals() {
        api.as(office).body("{\"name\": \"某局党组\", \"type\": ")
                .post("/organizations")
                .then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("urn:xuncha:problem:malformed-request"))
                .body("detail", not(containsString("com.fasterxml")))
                .body("detail", not(containsString("Exception")));
    }

    @Test
    void unknownEnumValueNamesTheFieldAndTheChoices() {
        api.as(office).body(Map.of("name", "某局党组", "type", "CASTLE"))
                .post("/organizations")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("type"))
                .body("errors[0].message", containsString("TOWNSHIP"));
    }

    @Test
    void malformedPathParameterIsABadRequestOrNotFoundNeverAServerError() {
        given().auth().oauth2(office).get("/organizations/not-a-uuid")
                .then().statusCode(org.hamcrest.Matchers.anyOf(equalTo(400), equalTo(404))).contentType(PROBLEM);
    }
}
