package org.xuncha.platform.idempotency;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.xuncha.platform.problem.Problem;

/**
 * Declares the {@code Idempotency-Key} header on every {@code POST} of the document (one shared
 * parameter, {@code #/components/parameters/IdempotencyKey}), with the 422 a reused key gets and
 * the 409 of a key still in use.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class IdempotencyKeyHeader implements OASFilter {

    static final String PARAMETER = "IdempotencyKey";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        boolean anyPost = false;
        for (PathItem item : openAPI.getPaths().getPathItems().values()) {
            Operation post = item.getPOST();
            if (post == null) {
                continue;
            }
            anyPost = true;
            post.addParameter(OASFactory.createParameter().ref("#/components/parameters/" + PARAMETER));
            APIResponses responses = post.getResponses();
            if (responses == null) {
                continue;
            }
            if (!responses.hasAPIResponse("422")) {
                responses.addAPIResponse("422", OASFactory.createAPIResponse()
                        .description("The Idempotency-Key was used before for a different request "
                                + "(`urn:xuncha:problem:idempotency-key-reused`)")
                        .content(problem()));
            }
            if (!responses.hasAPIResponse("409")) {
                responses.addAPIResponse("409", OASFactory.createAPIResponse()
                        .description("The first request under this Idempotency-Key is still running "
                                + "(`urn:xuncha:problem:idempotency-key-in-use`)")
                        .content(problem()));
            } else {
                APIResponse conflict = responses.getAPIResponse("409");
                String described = conflict.getDescription() == null ? "" : conflict.getDescription() + "; or ";
                conflict.setDescription(described + "the first request under this Idempotency-Key is still running "
                        + "(`urn:xuncha:problem:idempotency-key-in-use`)");
            }
        }
        if (!anyPost) {
            return;
        }
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents().addParameter(PARAMETER, OASFactory.createParameter()
                .name(IdempotencyInterceptor.HEADER)
                .in(Parameter.In.HEADER)
                .required(false)
                .description("Makes a retry safe: the same key (per caller) with the same request, within the "
                        + "retention (24 hours by default, `xuncha.idempotency.retention`), gets the first answer "
                        + "again (status, Location, body; `Idempotent-Replayed: true`) and nothing is done twice. "
                        + "The same key with a different request is refused (422 `idempotency-key-reused`); while "
                        + "the first request still runs, 409 `idempotency-key-in-use`. Refusals that changed "
                        + "nothing are not kept. A UUID per logical request is a good key.")
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).minLength(1)
                        .maxLength(IdempotencyInterceptor.MAX_KEY_LENGTH))
                .example("6f1c2d4e-8a9b-4c3d-9e2f-1a2b3c4d5e6f"));
    }

    private static Content problem() {
        return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref("#/components/schemas/Problem")));
    }
}
