package org.xuncha.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.output.MarkdownRender;

/**
 * Front-ends generate their clients from the committed documents, so a change that breaks a client
 * (an operation or a field removed, a type narrowed, a parameter made required) must come with a
 * new major version. Each service keeps the document of its last release as
 * {@code openapi/released.yaml}; the committed {@code openapi/openapi.yaml} is compared with it by
 * openapi-diff, and an incompatible change under the same major version fails here.
 */
class ApiCompatibilityTest {

    private static final Pattern VERSION = Pattern.compile("(?m)^  version:\\s*\"?(\\d+)\\.(\\d+)\\.(\\d+)");

    @ParameterizedTest
    @ValueSource(strings = {"round-service", "rectification-service"})
    void aChangeThatBreaksAClientRaisesTheMajorVersion(String service) throws IOException {
        String released = Files.readString(document(service, "released.yaml"));
        String current = Files.readString(document(service, "openapi.yaml"));
        ChangedOpenApi changes = OpenApiCompare.fromContents(released, current);
        if (changes.isIncompatible()) {
            assertThat(major(current)).as("the major version of %s, which breaks clients of %s:%n%s", service,
                    version(released), render(changes)).isGreaterThan(major(released));
        }
        assertThat(compare(version(current), version(released))).as("%s's version against its release", service)
                .isGreaterThanOrEqualTo(0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"round-service", "rectification-service"})
    void removingAnOperationIsSeenAsBreaking(String service) throws IOException {
        String released = Files.readString(document(service, "released.yaml"));
        Matcher firstPath = Pattern.compile("(?m)^  (/[^:]*):\\n(?:    .*\\n|\\n)*").matcher(released);
        assertThat(firstPath.find()).isTrue();
        String withoutIt = released.substring(0, firstPath.start()) + released.substring(firstPath.end());
        assertThat(OpenApiCompare.fromContents(released, withoutIt).isIncompatible()).as(firstPath.group(1)).isTrue();
    }

    private static Path document(String service, String name) {
        return Path.of("..", service, "openapi", name);
    }

    private static int[] version(String document) {
        Matcher matcher = VERSION.matcher(document);
        assertThat(matcher.find()).as("info.version").isTrue();
        return new int[] {Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
                Integer.parseInt(matcher.group(3))};
    }

    private static int major(String document) {
        return version(document)[0];
    }

    private static int compare(int[] one, int[] other) {
        for (int i = 0; i < 3; i++) {
            if (one[i] != other[i]) {
                return Integer.compare(one[i], other[i]);
            }
        }
        return 0;
    }

    private static String render(ChangedOpenApi changes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStreamWriter writer = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            new MarkdownRender().render(changes, writer);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
