package org.xuncha.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;

/**
 * What a front-end team does with a committed OpenAPI document: generate the client's types with
 * {@code openapi-typescript} and build on them. The check writes a use of every operation by its
 * {@code operationId} (its parameters, its request body and its successful JSON answer) and
 * type-checks it with {@code tsc --strict}: an operation without an id, a success without a JSON
 * schema, or a document the generator cannot read fails.
 */
public final class TypeScriptClient {

    private TypeScriptClient() {
    }

    /** Generates and type-checks the client of {@code document} in {@code workDirectory}; returns the use written. */
    public static String assertGeneratesAndTypeChecks(Path document, Path workDirectory) {
        NodeTools tools = NodeTools.installed("typescript", Map.of());
        try {
            Files.createDirectories(workDirectory);
            Path schema = workDirectory.resolve("schema.d.ts").toAbsolutePath();
            tools.run(120, tools.bin("openapi-typescript"), document.toAbsolutePath().toString(), "--output",
                    schema.toString());
            String use = useOfEveryOperation(OpenApiConventions.read(document));
            Files.writeString(workDirectory.resolve("client.ts"), use);
            Files.writeString(workDirectory.resolve("tsconfig.json"), """
                    {"compilerOptions": {"strict": true, "noEmit": true, "target": "ES2022", "module": "ES2022",
                      "moduleResolution": "bundler", "skipLibCheck": false, "noUnusedLocals": false},
                     "files": ["client.ts"]}
                    """);
            tools.run(180, tools.bin("tsc"), "--project", workDirectory.resolve("tsconfig.json").toAbsolutePath().toString());
            return use;
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    static String useOfEveryOperation(JsonNode document) {
        StringBuilder use = new StringBuilder("import type { operations } from \"./schema\";\n\n");
        use.append("type Json<R> = R extends { content: { \"application/json\": infer B } } ? B : never;\n\n");
        for (JsonNode operation : OpenApiConventions.operations(document).values()) {
            String id = operation.path("operationId").asText();
            String type = Character.toUpperCase(id.charAt(0)) + id.substring(1);
            use.append("export type ").append(type).append("Parameters = operations[\"").append(id)
                    .append("\"][\"parameters\"];\n");
            if (operation.has("requestBody")) {
                use.append("export type ").append(type).append("Body = NonNullable<operations[\"").append(id)
                        .append("\"][\"requestBody\"]>[\"content\"];\n");
            }
            String success = successWithJson(operation.path("responses"));
            if (success != null) {
                use.append("export type ").append(type).append("Answer = Json<operations[\"").append(id)
                        .append("\"][\"responses\"][").append(success).append("]>;\n");
                use.append("export const ").append(id).append("Answers: [").append(type)
                        .append("Answer] extends [never] ? \"no JSON\" : true = true;\n");
            }
        }
        return use.toString();
    }

    private static String successWithJson(JsonNode responses) {
        Iterator<Map.Entry<String, JsonNode>> each = responses.fields();
        while (each.hasNext()) {
            Map.Entry<String, JsonNode> response = each.next();
            if (response.getKey().startsWith("2") && response.getValue().path("content").has("application/json")) {
                return response.getKey();
            }
        }
        return null;
    }
}
