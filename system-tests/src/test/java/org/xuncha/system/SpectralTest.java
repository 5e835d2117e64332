package org.xuncha.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.xuncha.testing.NodeTools;

/**
 * Each committed OpenAPI document passes Spectral with the OWASP API Security ruleset
 * ({@code tools/spectral/.spectral.yaml}, which says why each rule it turns off or narrows is so) with
 * no error. Warnings are printed, counted per rule, and do not fail.
 */
class SpectralTest {

    private static final int SEVERITY_ERROR = 0;
    private static final int SEVERITY_WARNING = 1;

    @ParameterizedTest
    @ValueSource(strings = {"round-service", "rectification-service"})
    void theDocumentHasNoErrorUnderTheOwaspRuleset(String service) throws IOException {
        NodeTools spectral = NodeTools.installed("spectral", Map.of());
        Path document = NodeTools.projectRoot().resolve(service).resolve("openapi/openapi.yaml");
        Path report = Files.createTempFile("spectral-" + service, ".json");
        // Spectral exits 1 when it finds an error; the report is read either way, to name what it found.
        spectral.run(600, "sh", "-c", String.join(" ", quoted(spectral.bin("spectral")), "lint", "--quiet",
                "--ruleset", quoted(spectral.folder().resolve(".spectral.yaml").toString()), "--format", "json",
                "--output", quoted(report.toString()), quoted(document.toString())) + " || true");
        JsonNode results = new ObjectMapper().readTree(report.toFile());
        Files.deleteIfExists(report);
        assertThat(results.isArray()).as("Spectral's report of %s", service).isTrue();

        List<String> errors = new ArrayList<>();
        Map<String, Integer> warnings = new TreeMap<>();
        for (JsonNode result : results) {
            String code = result.path("code").asText();
            if (result.path("severity").asInt() == SEVERITY_ERROR) {
                errors.add(code + " at " + pointer(result.path("path")) + ": " + result.path("message").asText());
            } else if (result.path("severity").asInt() == SEVERITY_WARNING) {
                warnings.merge(code, 1, Integer::sum);
            }
        }
        System.out.printf("SpectralTest %s: %d errors, warnings %s%n", service, errors.size(), warnings);
        assertThat(errors).as("Spectral (OWASP ruleset) errors in %s", document).isEmpty();
    }

    private static String pointer(JsonNode path) {
        StringBuilder pointer = new StringBuilder("#");
        path.forEach(segment -> pointer.append('/').append(segment.asText().replace("~", "~0").replace("/", "~1")));
        return pointer.toString();
    }

    private static String quoted(String argument) {
        return "'" + argument.replace("'", "'\\''") + "'";
    }
}
