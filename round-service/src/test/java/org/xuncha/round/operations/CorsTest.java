package org.xuncha.round.operations;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsStringIgnoringCase;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Browsers may call the API only from the origins the deployment names (the test profile names one). */
@QuarkusTest
class CorsTest {

    @Test
    void aPreflightFromAnAllowedOriginIsAnswered() {
        given().header("Origin", "https://office.xuncha.test")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type")
                .options("/organizations")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo("https://office.xuncha.test"))
                .header("Access-Control-Allow-Methods", containsStringIgnoringCase("POST"))
                .header("Access-Control-Allow-Headers", containsStringIgnoringCase("authorization"));
    }

    @Test
    void aPreflightFromAnyOtherOriginIsRefused() {
        given().header("Origin", "https://elsewhere.example")
                .header("Access-Control-Request-Method", "POST")
                .options("/organizations")
                .then().statusCode(403)
                .header("Access-Control-Allow-Origin", nullValue());
    }
}
