package org.xuncha.rectification.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.xuncha.testing.Tokens;

/**
 * Rate limits (platform/ratelimit) with budgets lowered so that a test reaches them: a caller over its
 * budget gets a 429 problem with Retry-After and the RateLimit fields, another caller goes on, tokens
 * that are refused are counted against the address, a role has its own budget and imports theirs.
 * Here rather than in round-service, whose tests are the longer: its own profile costs a second start.
 */
@QuarkusTest
@TestProfile(RateLimitTest.LowBudgets.class)
class RateLimitTest {

    public static class LowBudgets implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "xuncha.rate-limit.address.capacity", "4", "xuncha.rate-limit.address.period", "PT1H",
                    "xuncha.rate-limit.caller.capacity", "5", "xuncha.rate-limit.caller.period", "PT1H",
                    "xuncha.rate-limit.roles.INTEGRATION.capacity", "8", "xuncha.rate-limit.roles.INTEGRATION.period", "PT1H",
                    "xuncha.rate-limit.imports.capacity", "2", "xuncha.rate-limit.imports.period", "PT1H");
        }
    }

    @Test
    void aCallerOverItsBudgetGetsA429ProblemWithRetryAfterAndTheRateLimitFields() {
        String office = Tokens.as("OFFICE").sign();
        for (int sent = 1; sent <= 5; sent++) {
            Response answer = cases(office);
            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(answer.header("RateLimit-Policy")).isEqualTo("\"caller\";q=5;w=3600");
            assertThat(answer.header("RateLimit")).startsWith("\"caller\";r=" + (5 - sent) + ";t=");
        }
        Response refused = cases(office);
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.jsonPath().getString("type")).isEqualTo("urn:xuncha:problem:rate-limited");
        assertThat(refused.jsonPath().getInt("status")).isEqualTo(429);
        assertThat(refused.jsonPath().getString("instance")).isEqualTo("/cases");
        long retryAfter = Long.parseLong(refused.header("Retry-After"));
        assertThat(retryAfter).isBetween(1L, 3600L);
        assertThat(refused.header("RateLimit")).isEqualTo("\"caller\";r=0;t=" + retryAfter);
        assertThat(refused.header("RateLimit-Policy")).isEqualTo("\"caller\";q=5;w=3600");
        assertThat(refused.header("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @Test
    void anotherCallerIsNotHeldByTheFirstCallersBudget() {
        String first = Tokens.as("OFFICE").sign();
        for (int sent = 0; sent < 6; sent++) {
            cases(first);
        }
        assertThat(cases(first).statusCode()).isEqualTo(429);

        Response other = cases(Tokens.as("OFFICE").sign());
        assertThat(other.statusCode()).isEqualTo(200);
        assertThat(other.header("RateLimit")).startsWith("\"caller\";r=4;");
    }

    @Test
    void requestsWithoutAValidTokenAreCountedAgainstTheAddressAndHealthIsNeverCounted() {
        String forged = Tokens.as("OFFICE").expiredAgo(java.time.Duration.ofMinutes(5)).sign();
        int unauthenticated = 0;
        Response answer = null;
        for (int sent = 0; sent < 10; sent++) {
            answer = sent % 2 == 0 ? cases(forged) : given().get("/cases?limit=1");
            if (answer.statusCode() == 401) {
                unauthenticated++;
                assertThat(answer.header("RateLimit-Policy")).isEqualTo("\"address\";q=4;w=3600");
            } else {
                break;
            }
        }
        assertThat(unauthenticated).isEqualTo(4);
        assertThat(answer.statusCode()).isEqualTo(429);
        assertThat(answer.jsonPath().getString("type")).isEqualTo("urn:xuncha:problem:rate-limited");
        assertThat(answer.header("Retry-After")).isNotBlank();
        // Once the address's budget is spent, more bad tokens and anonymous requests stay refused ...
        assertThat(cases(Tokens.as("OFFICE").expiredAgo(java.time.Duration.ofMinutes(1)).sign()).statusCode())
                .isEqualTo(429);
        assertThat(given().get("/cases?limit=1").statusCode()).isEqualTo(429);
        // ... while a valid token from the same address is counted as its caller, and health as nobody.
        assertThat(cases(Tokens.as("OFFICE").sign()).statusCode()).isEqualTo(200);
        for (int probe = 0; probe < 10; probe++) {
            Response health = given().get("/q/health/live");
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.header("RateLimit")).isNull();
        }
    }

    @Test
    void aRoleWithABudgetOfItsOwnIsHeldToThatBudget() {
        String integration = Tokens.as("INTEGRATION").system("DISCIPLINE_COMMISSION").sign();
        for (int sent = 1; sent <= 8; sent++) {
            Response answer = given().auth().oauth2(integration).get("/feeds/discipline-commission");
            assertThat(answer.statusCode()).isNotEqualTo(429);
            assertThat(answer.header("RateLimit-Policy")).isEqualTo("\"role-integration\";q=8;w=3600");
        }
        assertThat(given().auth().oauth2(integration).get("/feeds/discipline-commission").statusCode()).isEqualTo(429);
    }

    @Test
    void importsHaveABudgetOfTheirOwn() {
        String office = Tokens.as("OFFICE").sign();
        for (int sent = 1; sent <= 2; sent++) {
            Response started = startImport(office);
            assertThat(started.statusCode()).isLessThan(429);
            assertThat(started.header("RateLimit-Policy")).isEqualTo("\"imports\";q=2;w=3600");
            assertThat(started.header("RateLimit")).startsWith("\"imports\";r=" + (2 - sent) + ";");
        }
        Response refused = startImport(office);
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.jsonPath().getString("type")).isEqualTo("urn:xuncha:problem:rate-limited");
        assertThat(refused.jsonPath().getString("detail")).contains("imports");

        // The same caller's other requests draw on the callers' budget, untouched by the imports.
        Response other = cases(office);
        assertThat(other.statusCode()).isEqualTo(200);
        assertThat(other.header("RateLimit")).startsWith("\"caller\";r=4;");
    }

    private static Response cases(String token) {
        return given().auth().oauth2(token).get("/cases?limit=1");
    }

    private static Response startImport(String token) {
        return given().auth().oauth2(token).contentType("text/csv; charset=UTF-8").queryParam("dryRun", true)
                .body("caseNumber\n").post("/imports/ledgers");
    }
}
