package org.xuncha.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * A hostile client driven by a service's committed OpenAPI document: for every operation, every path
 * and query parameter and every body field gets values of the wrong type, out of range, oversized,
 * with NUL and control characters, forged cursors and ids, and the body gets trailing garbage. A new
 * operation cannot escape, because the operations are read from the document. Values are sampled
 * (a seeded choice of a few per parameter and field), not a cartesian product, so a run stays short.
 *
 * <p>What it reports, per request: a 5xx, a 4xx that is not problem JSON, and a body the service
 * should have refused (trailing garbage, a NUL in text) that it accepted.
 */
public final class HostileInput {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PROBLEM = "application/problem+json";
    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch");

    /** One answer that breaks the rule: no 5xx, problem JSON for every 4xx, hostile bodies refused. */
    public record Violation(String operation, String input, int status, String contentType, String body) {
        @Override
        public String toString() {
            return operation + " with " + input + " -> " + status + " " + contentType + " "
                    + (body.length() > 300 ? body.substring(0, 300) + "…" : body);
        }
    }

    private final JsonNode document;
    private final List<String> tokens;
    private final Random random;
    private final int port;
    private final List<Violation> violations = new ArrayList<>();
    private int requests;

    private HostileInput(JsonNode document, List<String> tokens, long seed, int port) {
        this.document = document;
        this.tokens = tokens;
        this.random = new Random(seed);
        this.port = port;
    }

    /**
     * Runs against the service on {@code port}. For each operation the first of {@code tokens} that
     * is not refused as unauthenticated or forbidden is used, so role checks do not hide the input.
     */
    public static HostileInput run(Path document, int port, List<String> tokens, long seed) {
        HostileInput hostile = new HostileInput(OpenApiConventions.read(document), tokens, seed, port);
        hostile.everyOperation();
        return hostile;
    }

    public List<Violation> violations() {
        return List.copyOf(violations);
    }

    public int requests() {
        return requests;
    }

    // --- the walk ----------------------------------------------------------------------------------

    private void everyOperation() {
        Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (String method : METHODS) {
                JsonNode operation = path.getValue().get(method);
                if (operation != null) {
                    new Operation(method.toUpperCase(), path.getKey(), operation).attack();
                }
            }
        }
    }

    private final class Operation {
        final String method;
        final String template;
        final String name;
        final List<JsonNode> parameters = new ArrayList<>();
        final JsonNode bodySchema;
        final boolean jsonBody;
        String token;

        Operation(String method, String template, JsonNode operation) {
            this.method = method;
            this.template = template;
            this.name = method + " " + template;
            operation.path("parameters").forEach(parameter -> parameters.add(resolve(parameter)));
            JsonNode content = operation.path("requestBody").path("content");
            this.jsonBody = content.has("application/json");
            this.bodySchema = jsonBody ? resolve(content.path("application/json").path("schema")) : null;
        }

        void attack() {
            Map<String, String> path = new LinkedHashMap<>();
            Map<String, String> query = new LinkedHashMap<>();
            for (JsonNode parameter : parameters) {
                String in = parameter.path("in").asText();
                String value = encode(sampleText(resolve(parameter.path("schema")), parameter.path("name").asText()));
                if ("path".equals(in)) {
                    path.put(parameter.path("name").asText(), value);
                } else if ("query".equals(in) && parameter.path("required").asBoolean(false)) {
                    query.put(parameter.path("name").asText(), value);
                }
            }
            JsonNode body = bodySchema == null ? null : sample(bodySchema, 0);
            String baseline = body == null ? null : body.toString();
            token = chooseToken(path, query, baseline);

            for (JsonNode parameter : parameters) {
                String in = parameter.path("in").asText();
                String parameterName = parameter.path("name").asText();
                JsonNode schema = resolve(parameter.path("schema"));
                for (String hostile : pick(hostileParameterValues(schema, parameterName), 4)) {
                    if ("path".equals(in)) {
                        Map<String, String> forged = new LinkedHashMap<>(path);
                        forged.put(parameterName, hostile);
                        send("path " + parameterName + "=" + hostile, forged, query, baseline, token, false);
                    } else if ("query".equals(in)) {
                        Map<String, String> forged = new LinkedHashMap<>(query);
                        forged.put(parameterName, hostile);
                        send("query " + parameterName + "=" + abbreviate(hostile), path, forged, baseline, token, false);
                    }
                }
                if ("path".equals(in)) {
                    Map<String, String> forged = new LinkedHashMap<>(path);
                    forged.put(parameterName, "a%20%22%00");
                    send("path " + parameterName + " without a token", forged, query, baseline, null, false);
                }
            }
            if (body == null) {
                return;
            }
            send("trailing garbage", path, query, baseline + " \"garbage\"", token, true);
            send("a second value", path, query, baseline + "{}", token, true);
            for (String malformed : pick(List.of("", "{", "[]", "null", "\"text\"", "42", "{\"a\":}", "\u0000",
                    "[".repeat(5000), "{\"x\":" + "[".repeat(3000)), 3)) {
                send("malformed body " + abbreviate(malformed), path, query, malformed, token, false);
            }
            if (body instanceof ObjectNode object) {
                attackFields(object, bodySchema, object, "", path, query, 0);
            }
        }

        /** Each field of the body, nested objects and list elements included, gets a few hostile values. */
        void attackFields(ObjectNode root, JsonNode schema, ObjectNode here, String prefix, Map<String, String> path,
                Map<String, String> query, int depth) {
            JsonNode properties = schema.path("properties");
            Iterator<Map.Entry<String, JsonNode>> fields = properties.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                String fieldName = field.getKey();
                JsonNode fieldSchema = resolve(field.getValue());
                JsonNode original = here.get(fieldName);
                for (Hostile hostile : pick(hostileFieldValues(fieldSchema), 4)) {
                    here.set(fieldName, hostile.value());
                    send("field " + prefix + fieldName + " " + hostile.what(), path, query, root.toString(), token,
                            hostile.mustBeRefused());
                }
                here.set(fieldName, original);
                if (depth < 2 && original instanceof ObjectNode nested) {
                    attackFields(root, fieldSchema, nested, prefix + fieldName + ".", path, query, depth + 1);
                } else if (depth < 2 && original instanceof ArrayNode list && !list.isEmpty()
                        && list.get(0) instanceof ObjectNode element) {
                    attackFields(root, resolve(fieldSchema.path("items")), element, prefix + fieldName + "[0].",
                            path, query, depth + 1);
                }
            }
        }

        String chooseToken(Map<String, String> path, Map<String, String> query, String body) {
            for (String candidate : tokens) {
                RawHttp.Answer answer = request(path, query, body, candidate);
                check("the sampled request", answer, false);
                if (answer.status() != 401 && answer.status() != 403) {
                    return candidate;
                }
            }
            return tokens.get(0);
        }

        void send(String input, Map<String, String> path, Map<String, String> query, String body, String token,
                boolean mustBeRefused) {
            check(input, request(path, query, body, token), mustBeRefused);
        }

        RawHttp.Answer request(Map<String, String> path, Map<String, String> query, String body, String token) {
            String target = template;
            for (Map.Entry<String, String> parameter : path.entrySet()) {
                target = target.replace("{" + parameter.getKey() + "}", parameter.getValue());
            }
            StringBuilder withQuery = new StringBuilder(target);
            char separator = '?';
            for (Map.Entry<String, String> parameter : query.entrySet()) {
                withQuery.append(separator).append(parameter.getKey()).append('=').append(parameter.getValue());
                separator = '&';
            }
            Map<String, String> headers = new LinkedHashMap<>();
            if (token != null) {
                headers.put("Authorization", "Bearer " + token);
            }
            headers.put("Accept", "application/json, application/problem+json");
            byte[] bytes = null;
            if (body != null || "POST".equals(method) || "PUT".equals(method)) {
                headers.put("Content-Type", jsonBody ? "application/json" : "application/octet-stream");
                bytes = (body == null ? "" : body).getBytes(StandardCharsets.UTF_8);
            }
            requests++;
            return RawHttp.send(port, method, withQuery.toString(), headers, bytes);
        }

        void check(String input, RawHttp.Answer answer, boolean mustBeRefused) {
            int status = answer.status();
            boolean broken = status >= 500
                    || (status >= 400 && !answer.contentType().startsWith(PROBLEM))
                    || (mustBeRefused && status < 400);
            if (broken) {
                violations.add(new Violation(name, input, status, answer.contentType(), answer.body()));
            }
        }
    }

    // --- hostile values ----------------------------------------------------------------------------

    private record Hostile(String what, JsonNode value, boolean mustBeRefused) {
    }

    private static String forgedCursor(String keys) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(keys.getBytes(StandardCharsets.UTF_8));
    }

    /** Values for a path or query parameter, already percent-encoded (or raw, on purpose). */
    private List<String> hostileParameterValues(JsonNode schema, String parameterName) {
        List<String> values = new ArrayList<>(List.of("%00", "a%20b", "%22%27", "%0A%0D", "%1B%5B2J",
                "x".repeat(3000), "%E2%80%AE", "1-1-1-1-1", "..%2F..%2Fetc"));
        String type = schema.path("type").asText("string");
        if ("cursor".equals(parameterName)) {
            values = new ArrayList<>(List.of(forgedCursor("not-an-id"), forgedCursor("1-1-1-1-1"),
                    forgedCursor("a\u001fb\u001fc"), forgedCursor("\u0000"), forgedCursor("99999999999999999999"),
                    forgedCursor("-1"), forgedCursor("/zz/"), "%25%25%25", "A".repeat(3000)));
        } else if ("integer".equals(type) || "number".equals(type)) {
            values.addAll(List.of("abc", "-1", "0", "100000", "99999999999999999999", "1.5", "1e3", ""));
        } else if ("boolean".equals(type)) {
            values.addAll(List.of("yes", "1", ""));
        } else if ("date".equals(schema.path("format").asText())) {
            values.addAll(List.of("%2B99999-01-01", "2024-13-45", "1900-01-01", "yesterday"));
        } else if (schema.has("enum")) {
            values.addAll(List.of("NOPE", "castle", ""));
        }
        return values;
    }

    private List<Hostile> hostileFieldValues(JsonNode schema) {
        List<Hostile> values = new ArrayList<>();
        String type = schema.path("type").isArray() ? schema.path("type").get(0).asText() : schema.path("type").asText("");
        values.add(new Hostile("as an object", NODES.objectNode().put("x", 1), false));
        values.add(new Hostile("as a list", NODES.arrayNode().add(1).add("x"), false));
        values.add(new Hostile("as null", NODES.nullNode(), false));
        switch (type) {
            case "string" -> {
                values.add(new Hostile("as a number", NODES.numberNode(12345), false));
                values.add(new Hostile("as a boolean", NODES.booleanNode(true), false));
                values.add(new Hostile("with NUL", NODES.textNode("a\u0000b"), !schema.has("enum")));
                values.add(new Hostile("with ESC", NODES.textNode("\u001b[2J"), !schema.has("enum")));
                int max = schema.path("maxLength").asInt(50_000);
                values.add(new Hostile("oversized", NODES.textNode("长".repeat(Math.min(max + 1, 200_000))),
                        schema.has("maxLength")));
                if (schema.has("enum")) {
                    values.add(new Hostile("not of the enum", NODES.textNode("NOPE"), true));
                }
                String format = schema.path("format").asText("");
                boolean checked = List.of("uuid", "date", "date-time").contains(format);
                if (!format.isEmpty()) {
                    values.add(new Hostile("far future", NODES.textNode(format.equals("date-time")
                            ? "+99999-01-01T00:00:00Z" : "+99999-01-01"), checked));
                    values.add(new Hostile("not of its format", NODES.textNode("not-a-" + format), checked));
                }
            }
            case "integer", "number" -> {
                values.add(new Hostile("as text", NODES.textNode("3"), "integer".equals(type)));
                values.add(new Hostile("huge", NODES.numberNode(new java.math.BigDecimal("1e400")), false));
                values.add(new Hostile("negative", NODES.numberNode(-99_999_999_999L), schema.has("minimum")));
                values.add(new Hostile("fraction", NODES.numberNode(1.5), "integer".equals(type)));
                if (schema.has("maximum")) {
                    values.add(new Hostile("above maximum", NODES.numberNode(schema.path("maximum").asDouble() + 1), true));
                }
            }
            case "boolean" -> {
                values.add(new Hostile("as text", NODES.textNode("true"), true));
                values.add(new Hostile("as a number", NODES.numberNode(1), true));
            }
            case "array" -> {
                JsonNode item = sample(resolve(schema.path("items")), 3);
                int max = schema.path("maxItems").asInt(10_000);
                ArrayNode many = NODES.arrayNode();
                for (int i = 0; i <= Math.min(max, 10_000); i++) {
                    many.add(item);
                }
                values.add(new Hostile("with " + many.size() + " items", many, schema.has("maxItems")));
                values.add(new Hostile("with a null item", NODES.arrayNode().addNull(), false));
            }
            default -> values.add(new Hostile("as text", NODES.textNode("\u0000"), false));
        }
        return values;
    }

    // --- samples from the schema --------------------------------------------------------------------

    private JsonNode resolve(JsonNode node) {
        int hops = 0;
        while (node != null && node.has("$ref") && hops++ < 20) {
            String[] parts = node.path("$ref").asText().replaceFirst("^#/", "").split("/");
            JsonNode target = document;
            for (String part : parts) {
                target = target.path(part);
            }
            node = target;
        }
        if (node != null && node.has("allOf") && node.path("allOf").size() == 1) {
            return resolve(node.path("allOf").get(0));
        }
        if (node != null && (node.has("oneOf") || node.has("anyOf"))) {
            for (JsonNode option : node.has("oneOf") ? node.path("oneOf") : node.path("anyOf")) {
                JsonNode resolved = resolve(option);
                if (!"null".equals(resolved.path("type").asText())) {
                    return resolved;
                }
            }
        }
        return node == null ? NODES.objectNode() : node;
    }

    /** A plausible value for a schema: its example, its first enum constant, or one of its type and format. */
    private JsonNode sample(JsonNode schema, int depth) {
        schema = resolve(schema);
        if (schema.has("example")) {
            return schema.get("example");
        }
        if (schema.has("examples") && schema.path("examples").isArray() && !schema.path("examples").isEmpty()) {
            return schema.path("examples").get(0);
        }
        if (schema.has("enum")) {
            return schema.path("enum").get(0);
        }
        String type = schema.path("type").isArray() ? schema.path("type").get(0).asText() : schema.path("type").asText("");
        switch (type) {
            case "object" -> {
                ObjectNode object = NODES.objectNode();
                if (depth < 4) {
                    schema.path("properties").fields().forEachRemaining(property ->
                            object.set(property.getKey(), sample(property.getValue(), depth + 1)));
                }
                return object;
            }
            case "array" -> {
                ArrayNode list = NODES.arrayNode();
                if (depth < 4) {
                    list.add(sample(schema.path("items"), depth + 1));
                }
                return list;
            }
            case "integer" -> {
                return NODES.numberNode(Math.max(1, schema.path("minimum").asLong(1)));
            }
            case "number" -> {
                return NODES.numberNode(Math.max(0, schema.path("minimum").asDouble(0)));
            }
            case "boolean" -> {
                return NODES.booleanNode(false);
            }
            default -> {
                return NODES.textNode(sampleText(schema, ""));
            }
        }
    }

    private String sampleText(JsonNode schema, String parameterName) {
        if (schema.has("enum")) {
            return schema.path("enum").get(0).asText();
        }
        String format = schema.path("format").asText("");
        String type = schema.path("type").asText("string");
        return switch (format) {
            case "uuid" -> UUID.randomUUID().toString();
            case "date" -> "2026-03-01";
            case "date-time" -> "2026-03-01T09:00:00+08:00";
            default -> "integer".equals(type) ? String.valueOf(Math.max(1, schema.path("minimum").asLong(1)))
                    : "boolean".equals(type) ? "false" : "cursor".equals(parameterName) ? "" : "样例";
        };
    }

    // --- helpers ----------------------------------------------------------------------------------

    private <T> List<T> pick(List<T> all, int count) {
        List<T> copy = new ArrayList<>(all);
        java.util.Collections.shuffle(copy, random);
        return copy.subList(0, Math.min(count, copy.size()));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String abbreviate(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "…(" + value.length() + ")" : value;
    }

    /** Fails with every violation listed, or passes quietly. */
    public void assertNone(Consumer<String> fail) {
        if (!violations.isEmpty()) {
            StringBuilder report = new StringBuilder(violations.size() + " hostile inputs were not refused well in "
                    + requests + " requests:\n");
            violations.stream().limit(200).forEach(violation -> report.append("  ").append(violation).append('\n'));
            fail.accept(report.toString());
        }
    }
}
