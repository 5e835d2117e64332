package org.xuncha.round.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.xuncha.testing.TypeScriptClient;

/** A front-end team's client, generated from the committed document, type-checks with every operation used. */
class TypeScriptClientTest {

    @Test
    void theGeneratedClientTypeChecksWithEveryOperationUsedByItsId() {
        String use = TypeScriptClient.assertGeneratesAndTypeChecks(Path.of("openapi", "openapi.yaml"),
                Path.of("target", "typescript-client"));
        assertThat(use).contains("operations[\"");
    }
}
