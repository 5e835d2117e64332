package org.xuncha.platform.problem;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem details object, the body of every error response. */
@Schema(name = "Problem", description = "RFC 9457 problem details (application/problem+json)")
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"type", "title", "status", "detail", "instance", "errors"})
public final class Problem {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_PREFIX = "urn:xuncha:problem:";

    private final URI type;
    private final String title;
    private final int status;
    private final String detail;
    private final URI instance;
    private final List<FieldError> errors;
    private final Map<String, Object> extensions;

    private Problem(String slug, String title, int status, String detail, URI instance,
            List<FieldError> errors, Map<String, Object> extensions) {
        this.type = URI.create(TYPE_PREFIX + slug);
        this.title = title;
        this.status = status;
        this.detail = detail;
        this.instance = instance;
        this.errors = List.copyOf(errors);
        this.extensions = new LinkedHashMap<>(extensions);
    }

    public static Problem of(String slug, String title, int status, String detail, URI instance) {
        return new Problem(slug, title, status, detail, instance, List.of(), Map.of());
    }

    public Problem withErrors(List<FieldError> fieldErrors) {
        return new Problem(slug(), title, status, detail, instance, fieldErrors, extensions);
    }

    public Problem withExtensions(Map<String, Object> members) {
        return new Problem(slug(), title, status, detail, instance, errors, members);
    }

    private String slug() {
        return type.toString().substring(TYPE_PREFIX.length());
    }

    @Schema(description = "What kind of problem this is; see README.md for the list",
            example = "urn:xuncha:problem:illegal-transition")
    public URI getType() {
        return type;
    }

    @Schema(description = "A short summary of the problem type", example = "Conflict")
    public String getTitle() {
        return title;
    }

    @Schema(description = "The HTTP status code", example = "409")
    public int getStatus() {
        return status;
    }

    @Schema(description = "What went wrong in this request, for a person to read",
            example = "Inspection 0193a3c4-1f0e-7d22-a1f4-32e5b7c0d9a1 is PLANNED and cannot station")
    public String getDetail() {
        return detail;
    }

    @Schema(type = SchemaType.STRING, format = "uri-reference", description = "The request path that failed, "
            + "relative to the service", example = "/inspections/0193a3c4-1f0e-7d22-a1f4-32e5b7c0d9a1/station")
    public URI getInstance() {
        return instance;
    }

    @Schema(description = "For a validation problem: every field that breaks a rule")
    public List<FieldError> getErrors() {
        return errors;
    }

    @JsonAnyGetter
    @Schema(hidden = true)
    public Map<String, Object> getExtensions() {
        return extensions;
    }
}
