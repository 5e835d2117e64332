package org.xuncha.system;

import static io.restassured.RestAssured.given;

import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

/**
 * The real Keycloak of {@code bin/xuncha keycloak start test}: Maven Central's distribution with the
 * committed realm ({@code deploy/keycloak/xuncha-realm.json}) imported afresh, on the test port.
 */
final class Keycloak {

    static final String PORT = SystemUnderTest.env("XUNCHA_TEST_KEYCLOAK_PORT", "18180");
    /** The issuer the realm writes into its tokens (Keycloak is told its hostname is localhost). */
    static final String ISSUER = "http://localhost:" + PORT + "/realms/xuncha";
    static final String JWKS = "http://127.0.0.1:" + PORT + "/realms/xuncha/protocol/openid-connect/certs";
    private static final String TOKENS = "http://127.0.0.1:" + PORT + "/realms/xuncha/protocol/openid-connect/token";

    private Keycloak() {
    }

    /** Starts it (a first run on a machine also fetches and builds it); returns how long that took. */
    static Duration start() {
        long started = System.nanoTime();
        SystemUnderTest.stack(Duration.ofMinutes(6), "keycloak", "start", "test");
        return Duration.ofNanos(System.nanoTime() - started);
    }

    static void stop() {
        SystemUnderTest.stack(Duration.ofSeconds(60), "keycloak", "stop", "test");
    }

    /** A user's access token, by the password grant of the front-ends' public client. */
    static String userToken(String username, String password) {
        return token(Map.of("grant_type", "password", "client_id", "xuncha-web", "username", username, "password", password));
    }

    /** The integration service account's access token, by the client-credentials grant. */
    static String serviceAccountToken() {
        return token(Map.of("grant_type", "client_credentials", "client_id", "xuncha-integration",
                "client_secret", "xuncha-integration-local-secret"));
    }

    /** The claims of a token, as the services read them. */
    static JsonPath claims(String token) {
        return new JsonPath(new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8));
    }

    private static String token(Map<String, String> form) {
        return given().formParams(form).post(TOKENS).then().statusCode(200).extract().jsonPath().getString("access_token");
    }
}
