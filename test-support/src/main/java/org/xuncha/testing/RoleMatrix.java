package org.xuncha.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The authorization matrix driven by a service's committed OpenAPI document: every operation × every
 * role. The roles an operation admits are the ones its {@code security} requirement lists (Quarkus
 * writes the {@code @RolesAllowed} of the resource method there, so front-ends read the same list). Each
 * role's token carries someone else's scope (a made-up organization, cadre and system), and the request
 * is the operation's own example: its body's {@code example}, made-up ids in the path and each required
 * query parameter given a value of its type. A role the operation does not admit must never get a 2xx;
 * an operation that admits no one it names is reported too (an endpoint without roles is refused by
 * the service, so the document would be wrong).
 */
public final class RoleMatrix {

    /** Every role of {@code platform/security/Roles}, as tokens carry them. */
    public static final List<String> ROLES = List.of("OFFICE", "LEADERSHIP", "TEAM_LEADER", "TEAM_MEMBER", "UNIT",
            "LEADER_IN_CHARGE", "DISCIPLINE", "ORGANIZATION", "INTEGRATION");

    /** One answer that breaks the matrix. */
    public record Violation(String operation, String role, int status, String body) {
        @Override
        public String toString() {
            return operation + " as " + role + " -> " + status + " "
                    + (body.length() > 200 ? body.substring(0, 200) + "…" : body);
        }
    }

    private final JsonNode document;
    private final int port;
    private final List<Violation> violations = new ArrayList<>();
    private final Map<String, Set<String>> admitted = new LinkedHashMap<>();
    private int requests;

    private RoleMatrix(JsonNode document, int port) {
        this.document = document;
        this.port = port;
    }

    public static RoleMatrix run(Path document, int port) {
        RoleMatrix matrix = new RoleMatrix(OpenApiConventions.read(document), port);
        OpenApiConventions.operations(matrix.document).forEach(matrix::walk);
        return matrix;
    }

    public List<Violation> violations() {
        return List.copyOf(violations);
    }

    public int requests() {
        return requests;
    }

    /** The roles each operation admits, by the document ({@code "GET /leads"} → {@code [OFFICE, …]}). */
    public Map<String, Set<String>> admitted() {
        return Map.copyOf(admitted);
    }

    private void walk(String name, JsonNode operation) {
        JsonNode security = operation.path("security");
        if (security.isMissingNode() || security.isEmpty()) {
            return; // open by design: health, the documents
        }
        Set<String> roles = new LinkedHashSet<>();
        security.forEach(requirement -> requirement.fields()
                .forEachRemaining(scheme -> scheme.getValue().forEach(role -> roles.add(role.asText()))));
        admitted.put(name, roles);
        if (roles.isEmpty() || !ROLES.containsAll(roles)) {
            violations.add(new Violation(name, "-", 0, "declares roles " + roles + ", not among " + ROLES));
            return;
        }
        String method = name.substring(0, name.indexOf(' '));
        String target = target(name.substring(name.indexOf(' ') + 1), operation);
        JsonNode content = operation.path("requestBody").path("content");
        String contentType = content.fieldNames().hasNext() ? content.fieldNames().next() : null;
        JsonNode example = contentType == null ? null : content.path(contentType).get("example");
        byte[] body = example == null ? null
                : (example.isTextual() ? example.asText() : example.toString()).getBytes(StandardCharsets.UTF_8);
        for (String role : ROLES) {
            if (roles.contains(role)) {
                continue;
            }
            for (String token : strangerTokens(role)) {
                Map<String, String> headers = new LinkedHashMap<>();
                headers.put("Authorization", "Bearer " + token);
                headers.put("Accept", "application/json, application/problem+json");
                if (body != null || "POST".equals(method) || "PUT".equals(method)) {
                    headers.put("Content-Type", contentType == null ? "application/json" : contentType);
                }
                requests++;
                byte[] sent = body != null ? body : "POST".equals(method) || "PUT".equals(method) ? new byte[0] : null;
                RawHttp.Answer answer = RawHttp.send(port, method, target, headers, sent);
                if (answer.status() >= 200 && answer.status() < 300) {
                    violations.add(new Violation(name, role, answer.status(), answer.body()));
                }
            }
        }
    }

    /** A token of the role with someone else's scope; INTEGRATION both bare and as each body's system. */
    private static List<String> strangerTokens(String role) {
        Tokens token = Tokens.as(role).organization(UUID.randomUUID()).cadre(UUID.randomUUID());
        if (!"INTEGRATION".equals(role)) {
            return List.of(token.sign());
        }
        return List.of(token.sign(), Tokens.as(role).system("DISCIPLINE_COMMISSION").sign(),
                Tokens.as(role).system("ORGANIZATION_DEPARTMENT").sign());
    }

    private String target(String template, JsonNode operation) {
        String target = template;
        StringBuilder query = new StringBuilder();
        for (JsonNode parameter : operation.path("parameters")) {
            JsonNode resolved = resolve(parameter);
            String name = resolved.path("name").asText();
            String value = valueOf(resolve(resolved.path("schema")), resolved.get("example"));
            if ("path".equals(resolved.path("in").asText())) {
                target = target.replace("{" + name + "}", value);
            } else if ("query".equals(resolved.path("in").asText()) && resolved.path("required").asBoolean(false)) {
                query.append(query.isEmpty() ? '?' : '&').append(name).append('=')
                        .append(java.net.URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        }
        return target + query;
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
            default -> "date".equals(schema.path("format").asText()) ? Committee.today().toString()
                    : "x";
        };
    }

    private JsonNode resolve(JsonNode node) {
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
