package org.xuncha.rectification.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.xuncha.testing.RoleMatrix;

/**
 * The authorization matrix of issue #11, driven by the committed OpenAPI document ({@link RoleMatrix}):
 * every operation × every role the operation does not admit (by its {@code security} roles), with someone
 * else's scope and the operation's own example request: 0 × 2xx. A new operation is walked because the
 * document lists it.
 */
@QuarkusTest
class AuthorizationMatrixTest {

    @Test
    void noRoleThatAnOperationDoesNotAdmitGetsASuccess() {
        RoleMatrix matrix = RoleMatrix.run(Path.of("openapi", "openapi.yaml"), RestAssured.port);
        System.out.printf("AuthorizationMatrixTest: %d operations, %d requests, %d violations%n",
                matrix.admitted().size(), matrix.requests(), matrix.violations().size());

        assertThat(matrix.admitted()).isNotEmpty();
        assertThat(matrix.violations()).isEmpty();
    }
}
