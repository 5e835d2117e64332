package org.xuncha.rectification.api;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.xuncha.testing.OpenApiConventions;

/** The committed OpenAPI document keeps the conventions a generated client relies on. */
class OpenApiConventionsTest {

    private static final Path DOCUMENT = Path.of("openapi", "openapi.yaml");

    @Test
    void everyOperationHasAnOperationIdNoOtherShares() {
        OpenApiConventions.assertEveryOperationHasItsOwnId(DOCUMENT);
    }
}
