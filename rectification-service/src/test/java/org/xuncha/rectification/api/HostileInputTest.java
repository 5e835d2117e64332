package org.xuncha.rectification.api;

import static org.assertj.core.api.Assertions.fail;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.xuncha.testing.HostileInput;
import org.xuncha.testing.Tokens;

/**
 * The hostile client of issue #11, driven by the committed OpenAPI document ({@link HostileInput}):
 * every operation, parameter and body field gets wrong types, out-of-range, oversized values, NUL and
 * control characters, forged cursors and ids, trailing garbage; no answer is a 5xx, every 4xx is
 * problem JSON. {@code -Dhostile.seed=<n>} replays another sample of values.
 */
@QuarkusTest
class HostileInputTest {

    @Test
    void noHostileInputReachesAServerErrorAndEveryRefusalIsProblemJson() {
        long seed = Long.getLong("hostile.seed", 11L);
        List<String> tokens = List.of(
                Tokens.as("OFFICE").sign(),
                Tokens.as("LEADERSHIP").sign(),
                Tokens.as("INTEGRATION").system("DISCIPLINE_COMMISSION").sign(),
                Tokens.as("TEAM_LEADER").cadre(UUID.randomUUID()).sign(),
                Tokens.as("UNIT").organization(UUID.randomUUID()).sign(),
                Tokens.as("LEADER_IN_CHARGE").organization(UUID.randomUUID()).sign(),
                Tokens.as("DISCIPLINE").sign(),
                Tokens.as("ORGANIZATION").sign());
        HostileInput run = HostileInput.run(Path.of("openapi", "openapi.yaml"), RestAssured.port, tokens, seed);
        System.out.printf("HostileInputTest: %d requests, %d violations (seed %d)%n", run.requests(),
                run.violations().size(), seed);
        run.assertNone(report -> fail(report));
    }
}
