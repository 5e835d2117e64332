package org.xuncha.platform.problem;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Makes every error response in the OpenAPI document a problem: a resource declares an error
 * response with its code and description, and this filter gives it the {@code Problem} schema
 * under {@code application/problem+json} with an example of that status. Operations that take
 * input also document the 400; every operation documents the 503 a service answers while its
 * database is away (with {@code Retry-After}) and the 500 of an unexpected failure.
 */
public class ProblemResponses implements OASFilter {

    private static final String PROBLEM_SCHEMA = "#/components/schemas/Problem";
    private static final Map<String, Example> EXAMPLES = Map.of(
            "400", new Example("validation", "Invalid input", "limit: must be between 1 and 500"),
            "401", new Example("unauthenticated", "Unauthenticated", "A valid bearer token is required"),
            "403", new Example("forbidden", "Forbidden", "The caller's role may not do this"),
            "404", new Example("not-found", "Not Found", "No such record, or one the caller may not know exists"),
            "409", new Example("illegal-transition", "Illegal transition", "The state does not allow it"),
            "412", new Example("precondition-failed", "Precondition failed", "The record changed since it was read"),
            "422", new Example("idempotency-key-reused", "Idempotency-Key reused",
                    "The key was used before for a different request"),
            "428", new Example("precondition-required", "Precondition required", "Send If-Match with the ETag read"),
            "500", new Example("internal", "Internal Server Error", "Unexpected; the errorId names the log entry"),
            "503", new Example("unavailable", "Service Unavailable", "The database is away; retry after Retry-After"));

    private record Example(String slug, String title, String detail) {
    }

    @Override
    public Operation filterOperation(Operation operation) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            return operation;
        }
        boolean takesInput = operation.getRequestBody() != null
                || (operation.getParameters() != null && !operation.getParameters().isEmpty());
        if (takesInput && !responses.hasAPIResponse("400")) {
            responses.addAPIResponse("400", OASFactory.createAPIResponse()
                    .description("The request is malformed or breaks a rule; each broken field is listed"));
        }
        if (!responses.hasAPIResponse("500")) {
            responses.addAPIResponse("500", OASFactory.createAPIResponse()
                    .description("Unexpected failure; nothing internal is shown, errorId names the log entry"));
        }
        if (!responses.hasAPIResponse("503")) {
            responses.addAPIResponse("503", OASFactory.createAPIResponse()
                    .description("The service's database is away for a moment; retry after Retry-After seconds")
                    .addHeader("Retry-After", retryAfter()));
        }
        for (Map.Entry<String, APIResponse> entry : responses.getAPIResponses().entrySet()) {
            if (isError(entry.getKey()) && hasNoContent(entry.getValue())) {
                entry.getValue().setContent(problemContent(entry.getKey()));
            }
        }
        return operation;
    }

    private static boolean isError(String code) {
        return code.startsWith("4") || code.startsWith("5");
    }

    private static boolean hasNoContent(APIResponse response) {
        Content content = response.getContent();
        return content == null || content.getMediaTypes() == null || content.getMediaTypes().isEmpty();
    }

    private static Header retryAfter() {
        return OASFactory.createHeader().description("Seconds to wait before retrying")
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).minimum(BigDecimal.ONE));
    }

    private static Content problemContent(String status) {
        var mediaType = OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_SCHEMA));
        Example example = EXAMPLES.get(status);
        if (example != null) {
            Map<String, Object> problem = new LinkedHashMap<>();
            problem.put("type", "urn:xuncha:problem:" + example.slug());
            problem.put("title", example.title());
            problem.put("status", Integer.parseInt(status));
            problem.put("detail", example.detail());
            problem.put("instance", "/organizations");
            mediaType.setExample(problem);
        }
        return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, mediaType);
    }
}
