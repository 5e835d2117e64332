package org.xuncha.platform.problem;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.xuncha.platform.paging.Cursor;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Makes every error response in the OpenAPI document a problem: a resource declares an error
 * response with its code and description, and this filter gives it the {@code Problem} schema
 * under {@code application/problem+json} with an example of that status. Operations that take
 * input also document the 400; every operation documents the 503 a service answers while its
 * database is away (with {@code Retry-After}) and the 500 of an unexpected failure.
 *
 * <p>Every operation also documents the 429 of its rate limit (platform/ratelimit), with
 * {@code Retry-After}; every 2xx and 4xx answer the {@code RateLimit} and {@code RateLimit-Policy}
 * fields that come with it, and every answer with headers the CORS {@code Access-Control-Allow-Origin}
 * a browser front-end of an allowed origin gets. The headers are components, referenced.
 */
public class ProblemResponses implements OASFilter {

    private static final String PROBLEM_SCHEMA = "#/components/schemas/Problem";
    private static final Map<String, Example> EXAMPLES = Map.ofEntries(
            Map.entry("400", new Example("validation", "Invalid input", "limit: must be between 1 and 500")),
            Map.entry("401", new Example("unauthenticated", "Unauthenticated", "A valid bearer token is required")),
            Map.entry("403", new Example("forbidden", "Forbidden", "The caller's role may not do this")),
            Map.entry("404", new Example("not-found", "Not Found", "No such record, or one the caller may not know exists")),
            Map.entry("409", new Example("illegal-transition", "Illegal transition", "The state does not allow it")),
            Map.entry("412", new Example("precondition-failed", "Precondition failed", "The record changed since it was read")),
            Map.entry("422", new Example("idempotency-key-reused", "Idempotency-Key reused",
                    "The key was used before for a different request")),
            Map.entry("428", new Example("precondition-required", "Precondition required", "Send If-Match with the ETag read")),
            Map.entry("429", new Example("rate-limited", "Too Many Requests",
                    "More than 10000 requests in 60 s (caller budget); retry after 3 s")),
            Map.entry("500", new Example("internal", "Internal Server Error", "Unexpected; the errorId names the log entry")),
            Map.entry("503", new Example("unavailable", "Service Unavailable", "The database is away; retry after Retry-After")));

    private record Example(String slug, String title, String detail) {
    }

    private static final String RETRY_AFTER = "Retry-After";
    private static final String RATE_LIMIT = "RateLimit";
    private static final String RATE_LIMIT_POLICY = "RateLimit-Policy";
    private static final String ALLOW_ORIGIN = "Access-Control-Allow-Origin";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Components components = openAPI.getComponents();
        if (components == null) {
            components = OASFactory.createComponents();
            openAPI.setComponents(components);
        }
        components.addHeader(RETRY_AFTER, OASFactory.createHeader()
                .description("Seconds to wait before retrying")
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int32")
                        .minimum(BigDecimal.ONE).maximum(BigDecimal.valueOf(86_400))));
        components.addHeader(RATE_LIMIT, OASFactory.createHeader()
                .description("The budget this request was counted in, now (draft-ietf-httpapi-ratelimit-headers-10): "
                        + "its name, r= requests left, t= seconds until the budget is full again, or on a 429 until a "
                        + "request is allowed again. Budgets are per caller (the token's subject), per address for "
                        + "requests without a valid token, and of their own for starting imports; per instance")
                .schema(fieldSchema("\"[a-z-]{1,40}\";r=[0-9]{1,12};t=[0-9]{1,12}", "\"caller\";r=9999;t=1")));
        components.addHeader(RATE_LIMIT_POLICY, OASFactory.createHeader()
                .description("The budget's policy (draft-ietf-httpapi-ratelimit-headers-10): its name, q= requests "
                        + "per window, w= the window in seconds (a token bucket: a burst of q, refilled evenly over w)")
                .schema(fieldSchema("\"[a-z-]{1,40}\";q=[0-9]{1,12};w=[0-9]{1,12}", "\"caller\";q=10000;w=60")));
        components.addHeader(ALLOW_ORIGIN, OASFactory.createHeader()
                .description("Sent to a browser front-end whose origin the deployment allows "
                        + "(QUARKUS_HTTP_CORS_ORIGINS); absent for any other origin, so no other site reads the answer")
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).format("uri").maxLength(2048)
                        .example("https://office.example.org")));
    }

    private static Schema fieldSchema(String pattern, String example) {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING).maxLength(100).pattern(pattern)
                .example(example);
    }

    private static Header ref(String header) {
        return OASFactory.createHeader().ref("#/components/headers/" + header);
    }

    /**
     * The {@code cursor} of every list is declared as {@link Cursor#decode} reads it: base64url text of at
     * most {@link Cursor#MAX_LENGTH} characters.
     */
    /** A UUID is 36 characters wherever it appears (list elements too, which the UUID mapping does not reach). */
    @Override
    public Schema filterSchema(Schema schema) {
        if ("uuid".equals(schema.getFormat()) && schema.getMaxLength() == null && schema.getRef() == null) {
            schema.maxLength(36);
        }
        return schema;
    }

    @Override
    public Parameter filterParameter(Parameter parameter) {
        Schema schema = parameter.getSchema();
        if ("cursor".equals(parameter.getName()) && parameter.getIn() == Parameter.In.QUERY && schema != null
                && schema.getRef() == null && schema.getMaxLength() == null) {
            schema.maxLength(Cursor.MAX_LENGTH).pattern("[A-Za-z0-9_-]*");
        }
        return parameter;
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
                    .addHeader(RETRY_AFTER, ref(RETRY_AFTER)));
        }
        if (!responses.hasAPIResponse("429")) {
            responses.addAPIResponse("429", OASFactory.createAPIResponse()
                    .description("The caller's rate limit is spent (its budget, per instance); retry after Retry-After "
                            + "seconds")
                    .addHeader(RETRY_AFTER, ref(RETRY_AFTER)));
        }
        for (Map.Entry<String, APIResponse> entry : responses.getAPIResponses().entrySet()) {
            if (isError(entry.getKey()) && hasNoContent(entry.getValue())) {
                entry.getValue().setContent(problemContent(entry.getKey()));
            }
            APIResponse response = entry.getValue();
            if (entry.getKey().startsWith("2") || entry.getKey().startsWith("4")) {
                response.addHeader(RATE_LIMIT, ref(RATE_LIMIT)).addHeader(RATE_LIMIT_POLICY, ref(RATE_LIMIT_POLICY));
            }
            if (response.getHeaders() != null && !response.getHeaders().isEmpty()) {
                response.addHeader(ALLOW_ORIGIN, ref(ALLOW_ORIGIN));
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
