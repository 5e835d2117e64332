package org.xuncha.round.api;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;
import org.xuncha.testing.RoundApi;

/** Request bodies are read strictly (platform's {@code StrictJson}): each refusal a 400 problem naming the field. */
@QuarkusTest
class StrictJsonBodyTest {

    private static final String PROBLEM = "application/problem+json";
    private final RoundApi api = new RoundApi(RestAssured::given);

    @Test
    void trailingGarbageAfterTheJsonValueIsRefused() {
        api.as(api.office()).body("{\"name\":\"十一届区委\",\"startsOn\":\"2017-04-01\"} \"garbage\"").post("/terms")
                .then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("urn:xuncha:problem:malformed-request"))
                .body("detail", containsString("after its JSON value"));
        api.as(api.office()).body("{\"name\":\"十一届区委\",\"startsOn\":\"2017-04-01\"} garbage").post("/terms")
                .then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("urn:xuncha:problem:malformed-request"));
        api.as(api.office()).body("{\"name\":\"十一届区委\",\"startsOn\":\"2017-04-01\"}{}").post("/terms")
                .then().statusCode(400).contentType(PROBLEM);
    }

    @Test
    void aNumberForATextFieldIsRefusedNamingIt() {
        api.as(api.office()).body("{\"name\":12345,\"startsOn\":\"2017-04-01\"}").post("/terms")
                .then().statusCode(400).contentType(PROBLEM).body("errors.field", hasItem("name"));
    }

    @Test
    void textForANumberIsRefusedNamingIt() {
        api.as(api.office()).body("{\"termId\":\"" + api.term() + "\",\"number\":\"3\",\"kind\":\"REGULAR\"}").post("/rounds")
                .then().statusCode(400).contentType(PROBLEM).body("errors.field", hasItem("number"));
    }

    @Test
    void aNulOrAnotherControlCharacterInTextIsRefusedNamingTheField() {
        for (String text : new String[] {"十一届\\u0000区委", "\\u001b[2J", "a\\u007fb"}) {
            api.as(api.office()).body("{\"name\":\"" + text + "\",\"startsOn\":\"2017-04-01\"}").post("/terms")
                    .then().statusCode(400).contentType(PROBLEM)
                    .body("errors[0].field", equalTo("name"))
                    .body("errors[0].message", containsString("control characters"));
        }
        api.as(api.office()).body("{\"name\":\"十一届\\t区委\\n\",\"startsOn\":\"2017-04-01\"}").post("/terms")
                .then().statusCode(201);
    }

    @Test
    void aDateOutsideTheSaneYearsIsRefusedNamingTheField() {
        for (String day : new String[] {"+99999-01-01", "1900-01-01", "2101-01-01"}) {
            api.as(api.office()).body("{\"name\":\"十一届区委\",\"startsOn\":\"" + day + "\"}").post("/terms")
                    .then().statusCode(400).contentType(PROBLEM)
                    .body("errors[0].field", equalTo("startsOn"))
                    .body("errors[0].message", containsString("1949"));
        }
    }
}
