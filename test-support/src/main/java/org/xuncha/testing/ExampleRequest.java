package org.xuncha.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * An operation's own example request, built from the committed OpenAPI document: its body's
 * {@code example}, each path parameter from {@code pathValue} (a made-up value of its type when that
 * gives none), each required query parameter a value of its type. The matrices send it as one role or
 * another; the document, not the test, decides what is sent.
 */
final class ExampleRequest {

    private final String method;
    private final String target;
    private final String contentType;
    private final byte[] body;
    private final String accept;

    private ExampleRequest(String method, String target, String contentType, byte[] body, String accept) {
        this.method = method;
        this.target = target;
        this.contentType = contentType;
        this.body = body;
        this.accept = accept;
    }

    /** {@code name} as {@code "GET /path"}; {@code pathValue} answers a path parameter's value, or null. */
    static ExampleRequest of(JsonNode document, String name, JsonNode operation, Function<String, String> pathValue) {
        String method = name.substring(0, name.indexOf(' '));
        String target = name.substring(name.indexOf(' ') + 1);
        StringBuilder query = new StringBuilder();
        for (JsonNode parameter : operation.path("parameters")) {
            JsonNode resolved = resolve(document, parameter);
            String parameterName = resolved.path("name").asText();
            String in = resolved.path("in").asText();
            String given = "path".equals(in) ? pathValue.apply(parameterName) : null;
            String value = given != null ? given : valueOf(resolve(document, resolved.path("schema")), resolved.get("example"));
            if ("path".equals(in)) {
                target = target.replace("{" + parameterName + "}", value);
            } else if ("query".equals(in) && resolved.path("required").asBoolean(false)) {
                query.append(query.isEmpty() ? '?' : '&').append(parameterName).append('=')
                        .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        }
        JsonNode content = operation.path("requestBody").path("content");
        String contentType = content.fieldNames().hasNext() ? content.fieldNames().next() : null;
        JsonNode example = contentType == null ? null : content.path(contentType).get("example");
        byte[] body = example == null ? null
                : (example.isTextual() ? example.asText() : example.toString()).getBytes(StandardCharsets.UTF_8);
        Set<String> answers = new LinkedHashSet<>();
        operation.path("responses").fields().forEachRemaining(response -> {
            if (response.getKey().startsWith("2")) {
                resolve(document, response.getValue()).path("content").fieldNames().forEachRemaining(answers::add);
            }
        });
        answers.add("application/json");
        answers.add("application/problem+json");
        return new ExampleRequest(method, target + query, contentType, body, String.join(", ", answers));
    }

    /** The roles the operation's {@code security} requirement lists (Quarkus writes its {@code @RolesAllowed} there). */
    static Set<String> admitted(JsonNode operation) {
        Set<String> roles = new LinkedHashSet<>();
        operation.path("security").forEach(requirement -> requirement.fields()
                .forEachRemaining(scheme -> scheme.getValue().forEach(role -> roles.add(role.asText()))));
        return roles;
    }

    String method() {
        return method;
    }

    RawHttp.Answer send(int port, String token) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Authorization", "Bearer " + token);
        headers.put("Accept", accept); // what the operation answers: a document's own type too
        boolean carriesBody = body != null || "POST".equals(method) || "PUT".equals(method);
        if (carriesBody) {
            headers.put("Content-Type", contentType == null ? "application/json" : contentType);
        }
        return RawHttp.send(port, method, target, headers, carriesBody ? (body != null ? body : new byte[0]) : null);
    }

    private static String valueOf(JsonNode schema, JsonNode example) {
        if ("uuid".equals(schema.path("format").asText())) {
            return UUID.randomUUID().toString();
        }
        if (schema.has("enum") && !schema.path("enum").isEmpty()) {
            return schema.path("enum").get(0).asText();
        }
        if (example != null && !example.isNull()) {
            return example.asText();
        }
        return switch (schema.path("type").asText("string")) {
            case "integer", "number" -> schema.has("minimum") ? schema.path("minimum").asText() : "1";
            case "boolean" -> "false";
            default -> "date".equals(schema.path("format").asText()) ? Committee.today().toString() : "x";
        };
    }

    private static JsonNode resolve(JsonNode document, JsonNode node) {
        int hops = 0;
        while (node != null && node.has("$ref") && hops++ < 20) {
            JsonNode target = document;
            for (String part : node.path("$ref").asText().replaceFirst("^#/", "").split("/")) {
                target = target.path(part);
            }
            node = target;
        }
        return node;
    }
}
