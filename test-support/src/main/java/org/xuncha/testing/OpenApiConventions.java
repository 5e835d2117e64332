package org.xuncha.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What every committed OpenAPI document keeps to, so a client generated from it reads well: each
 * operation has an {@code operationId} of its own.
 */
public final class OpenApiConventions {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    private OpenApiConventions() {
    }

    public static JsonNode read(Path document) {
        try {
            return new ObjectMapper(new YAMLFactory()).readTree(document.toFile());
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    /** Each operation, as {@code "GET /path"}, with its node. */
    public static Map<String, JsonNode> operations(JsonNode document) {
        Map<String, JsonNode> operations = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields();
            while (methods.hasNext()) {
                Map.Entry<String, JsonNode> method = methods.next();
                if (METHODS.contains(method.getKey())) {
                    operations.put(method.getKey().toUpperCase() + " " + path.getKey(), method.getValue());
                }
            }
        }
        return operations;
    }

    public static void assertEveryOperationHasItsOwnId(Path committed) {
        Map<String, JsonNode> operations = operations(read(committed));
        assertThat(operations).as("operations of %s", committed).isNotEmpty();
        List<String> missing = new ArrayList<>();
        Map<String, List<String>> byId = new LinkedHashMap<>();
        operations.forEach((operation, node) -> {
            String id = node.path("operationId").asText("");
            if (id.isBlank()) {
                missing.add(operation);
            } else {
                byId.computeIfAbsent(id, any -> new ArrayList<>()).add(operation);
            }
        });
        assertThat(missing).as("operations of %s without an operationId", committed).isEmpty();
        assertThat(byId.keySet()).as("operationIds of %s (camelCase)", committed)
                .allMatch(id -> id.matches("[a-z][A-Za-z0-9]*"));
        byId.values().removeIf(shared -> shared.size() == 1);
        assertThat(byId).as("operationIds of %s that more than one operation shares", committed).isEmpty();
    }
}
