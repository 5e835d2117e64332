package org.xuncha.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
        if (operation.path("security").isEmpty()) {
            return; // open by design: health, the documents
        }
        Set<String> roles = ExampleRequest.admitted(operation);
        admitted.put(name, roles);
        if (roles.isEmpty() || !ROLES.containsAll(roles)) {
            violations.add(new Violation(name, "-", 0, "declares roles " + roles + ", not among " + ROLES));
            return;
        }
        ExampleRequest request = ExampleRequest.of(document, name, operation, parameter -> null);
        for (String role : ROLES) {
            if (roles.contains(role)) {
                continue;
            }
            for (String token : strangerTokens(role)) {
                requests++;
                RawHttp.Answer answer = request.send(port, token);
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
}
