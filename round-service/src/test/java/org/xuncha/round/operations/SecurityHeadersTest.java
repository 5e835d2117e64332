package org.xuncha.round.operations;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.xuncha.testing.Tokens;

/** Security headers on every answer: a list, a confidential record's 404, a refusal without a token, health. */
@QuarkusTest
class SecurityHeadersTest {

    private final String office = Tokens.as("OFFICE").sign();

    @Test
    void anAuthenticatedListCarriesThemAndIsNotStored() {
        secured(given().auth().oauth2(office).get("/organizations").then().statusCode(200));
    }

    @Test
    void aConfidentialRecordsErrorAnswerCarriesThem() {
        secured(given().auth().oauth2(office).get("/leads/" + UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json"));
    }

    @Test
    void aRefusalWithoutATokenCarriesThem() {
        secured(given().get("/leads").then().statusCode(401));
    }

    @Test
    void healthCarriesThem() {
        secured(given().get("/q/health/live").then().statusCode(200));
    }

    @Test
    void httpsAnswersAlsoCarryStrictTransportSecurity() {
        given().header("X-Forwarded-Proto", "https").get("/q/health/live").then()
                .header("Strict-Transport-Security", containsString("max-age="));
        given().get("/q/health/live").then().header("Strict-Transport-Security", nullValue());
    }

    private static void secured(ValidatableResponse response) {
        response.header("X-Content-Type-Options", equalTo("nosniff"))
                .header("X-Frame-Options", equalTo("DENY"))
                .header("Referrer-Policy", equalTo("no-referrer"))
                .header("Content-Security-Policy", containsString("default-src 'none'"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("Cache-Control", equalTo("no-store"));
    }
}
