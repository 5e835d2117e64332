package org.xuncha.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The scope half of the authorization matrix: every operation on a record that exists × every role the
 * operation admits, held by someone whose scope is not the record's (another team's leader, another
 * organization's unit, the other receiving body, a system speaking for another body). None of them may
 * get a 2xx, unless the operation is open to every holder of the role ({@code openToRole}, each with
 * its reason in the test). The records are real: each read is first sent by the office, which must get
 * a 2xx (or a 409, for a document the record's state has not produced yet), so a matrix whose ids name
 * nothing fails instead of passing.
 *
 * <p>{@code records} maps the part of a path before its first parameter ({@code "/leads/"}) to the id of
 * a record of the world; operations with a second path parameter, or whose prefix names no record, are
 * not walked (the role half, {@link RoleMatrix}, walks them).
 */
public final class ScopeMatrix {

    /** An account of a role whose scope is not the world's records. */
    public record Stranger(String role, String who, String token) {
    }

    /** An answer that breaks the matrix. */
    public record Violation(String operation, String who, int status, String body) {
        @Override
        public String toString() {
            return operation + " as " + who + " -> " + status + " "
                    + (body.length() > 200 ? body.substring(0, 200) + "…" : body);
        }
    }

    private final List<Violation> violations = new ArrayList<>();
    private final List<String> walked = new ArrayList<>();
    private int requests;

    private ScopeMatrix() {
    }

    /**
     * @param openToRole {@code "GET /organizations/{id} TEAM_MEMBER"}: the operation admits every account of
     *     the role, whatever its scope
     */
    public static ScopeMatrix run(Path document, int port, Map<String, UUID> records, List<Stranger> strangers,
            Set<String> openToRole, String office) {
        ScopeMatrix matrix = new ScopeMatrix();
        JsonNode read = OpenApiConventions.read(document);
        OpenApiConventions.operations(read).forEach((name, operation) -> {
            String path = name.substring(name.indexOf(' ') + 1);
            int first = path.indexOf('{');
            UUID record = first < 0 ? null : records.get(path.substring(0, first));
            if (record == null || path.indexOf('{', first + 1) >= 0) {
                return;
            }
            matrix.walk(name, ExampleRequest.of(read, name, operation, parameter -> record.toString()),
                    ExampleRequest.admitted(operation), strangers, openToRole, port, office);
        });
        return matrix;
    }

    private void walk(String name, ExampleRequest request, Set<String> admitted, List<Stranger> strangers,
            Set<String> openToRole, int port, String office) {
        walked.add(name);
        if ("GET".equals(request.method()) && admitted.contains("OFFICE")) {
            requests++;
            RawHttp.Answer answer = request.send(port, office);
            boolean found = answer.status() >= 200 && answer.status() < 300 || answer.status() == 409;
            if (!found) { // a 409 is a document the record's state has not produced yet: the record exists
                violations.add(new Violation(name, "the office (the record must exist)", answer.status(), answer.body()));
            }
        }
        for (Stranger stranger : strangers) {
            if (!admitted.contains(stranger.role()) || openToRole.contains(name + " " + stranger.role())) {
                continue;
            }
            requests++;
            RawHttp.Answer answer = request.send(port, stranger.token());
            if (answer.status() >= 200 && answer.status() < 300) {
                violations.add(new Violation(name, stranger.who(), answer.status(), answer.body()));
            }
        }
    }

    public List<Violation> violations() {
        return List.copyOf(violations);
    }

    /** The operations walked, as {@code "GET /leads/{id}"}. */
    public List<String> walked() {
        return List.copyOf(walked);
    }

    public int requests() {
        return requests;
    }
}
