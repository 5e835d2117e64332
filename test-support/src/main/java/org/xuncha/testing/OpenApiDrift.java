package org.xuncha.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares the OpenAPI document a service serves with the one committed beside it, so an API
 * change shows up in review. Run the test with {@code -Dopenapi.update=true} to accept the change.
 */
public final class OpenApiDrift {

    private OpenApiDrift() {
    }

    public static void assertCommittedMatches(String served, Path committed) {
        try {
            if (Boolean.getBoolean("openapi.update")) {
                Files.createDirectories(committed.getParent());
                Files.writeString(committed, served, StandardCharsets.UTF_8);
                return;
            }
            Path latest = Path.of("target", "openapi-served.yaml");
            Files.createDirectories(latest.getParent());
            Files.writeString(latest, served, StandardCharsets.UTF_8);
            assertThat(committed).as("the committed OpenAPI document").exists();
            assertThat(Files.readString(committed, StandardCharsets.UTF_8))
                    .as("The API changed: review %s against %s, then accept it with "
                            + "-Dopenapi.update=true (or copy the file over)", latest, committed)
                    .isEqualTo(served);
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }
}
