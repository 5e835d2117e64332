package org.xuncha.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xuncha.system.SystemUnderTest.HttpInstances;
import org.xuncha.testing.Tokens;

/**
 * A real identity provider: tokens that a real Keycloak issues for the committed realm, by the
 * client-credentials grant (the integration service account) and the password grant (a user), are
 * verified by both packaged services against Keycloak's JWKS URL, with its roles in {@code groups}
 * and a unit's organization and a team leader's cadre in {@code org} and {@code cadre}.
 */
class IdentityProviderIT {

    /** The realm's UNIT account speaks for this organization, its team leader is this cadre. */
    private static final String REALM_ORGANIZATION = "0190e3c4-5a6b-7c8d-9e0f-1a2b3c4d5e6f";
    private static final String REALM_CADRE = "0190e3c4-5a6b-7c8d-9e0f-6f5e4d3c2b1a";

    private static HttpInstances trustingKeycloak;

    @BeforeAll
    static void startKeycloakAndServicesThatTrustIt() {
        SystemUnderTest.get();
        long started = System.nanoTime();
        CompletableFuture<Duration> keycloak = CompletableFuture.supplyAsync(Keycloak::start);
        trustingKeycloak = SystemUnderTest.get().httpInstancesTrusting(Keycloak.JWKS, Keycloak.ISSUER);
        Duration keycloakStart = keycloak.join();
        System.out.printf("IdentityProviderIT: Keycloak ready after %d s, with the services trusting it after %d s%n",
                keycloakStart.toSeconds(), Duration.ofNanos(System.nanoTime() - started).toSeconds());
    }

    @AfterAll
    static void stopThem() {
        if (trustingKeycloak != null) {
            trustingKeycloak.close();
        }
        Keycloak.stop();
    }

    @Test
    void theServiceAccountsTokenCarriesIntegrationWhichMayRegisterOrganizationsButNotReadCases() {
        String token = Keycloak.serviceAccountToken();

        assertThat(Keycloak.claims(token).getList("groups")).containsExactly("INTEGRATION");
        trustingKeycloak.round().auth().oauth2(token).contentType("application/json")
                .body(Map.of("name", "青禾区城东街道党工委-" + UUID.randomUUID(), "type", "STREET",
                        "principalLeader", Map.of("userId", "pl-1", "name", "王建国", "post", "党工委书记"),
                        "leaderInCharge", Map.of("userId", "lic-1", "name", "李明", "post", "副区长"),
                        "disciplineBody", "区纪委监委第二监督检查室"))
                .post("/organizations").then().statusCode(201);
        trustingKeycloak.rectification().auth().oauth2(token).get("/cases").then().statusCode(403);
    }

    @Test
    void aUsersTokenIsAcceptedByBothServicesWithTheRolesOfTheirAccount() {
        String office = Keycloak.userToken("office", "office");

        assertThat(Keycloak.claims(office).getList("groups")).containsExactly("OFFICE");
        trustingKeycloak.round().auth().oauth2(office).get("/terms").then().statusCode(200);
        trustingKeycloak.rectification().auth().oauth2(office).get("/cases").then().statusCode(200);
    }

    @Test
    void aUnitsTokenNamesItsOrganizationAndATeamLeadersTokenItsCadre() {
        String unit = Keycloak.userToken("unit", "unit");
        String teamLeader = Keycloak.userToken("team-leader", "team-leader");

        JsonPath unitClaims = Keycloak.claims(unit);
        assertThat(unitClaims.getList("groups")).containsExactly("UNIT");
        assertThat(unitClaims.getString("org")).isEqualTo(REALM_ORGANIZATION);
        assertThat(Keycloak.claims(teamLeader).getString("cadre")).isEqualTo(REALM_CADRE);
        trustingKeycloak.rectification().auth().oauth2(unit)
                .queryParam("organizationId", REALM_ORGANIZATION).get("/cases").then().statusCode(200);
        trustingKeycloak.round().auth().oauth2(teamLeader).get("/terms").then().statusCode(200);
    }

    @Test
    void aTokenKeycloakDidNotSignIsRefused() {
        String forged = Tokens.as("OFFICE").sign();

        trustingKeycloak.round().auth().oauth2(forged).get("/terms").then().statusCode(401);
        trustingKeycloak.rectification().auth().oauth2(forged).get("/cases").then().statusCode(401);
    }
}
