package org.xuncha.platform.problem;

import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Makes every error response in the OpenAPI document a problem: a resource declares an error
 * response with its code and description, and this filter gives it the {@code Problem} schema
 * under {@code application/problem+json}. Operations that take input also document the 400.
 */
public class ProblemResponses implements OASFilter {

    private static final String PROBLEM_SCHEMA = "#/components/schemas/Problem";

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
        for (Map.Entry<String, APIResponse> entry : responses.getAPIResponses().entrySet()) {
            if (isError(entry.getKey()) && hasNoContent(entry.getValue())) {
                entry.getValue().setContent(problemContent());
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

    private static Content problemContent() {
        return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_SCHEMA)));
    }
}
