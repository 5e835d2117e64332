package org.xuncha.platform.problem;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One broken rule of a request.
 *
 * @param field the field's path in the request body, or the query or path parameter's name
 * @param message what is wrong with it
 */
@Schema(description = "One field of the request that breaks a rule")
public record FieldError(
        @Schema(example = "creditCode") String field,
        @Schema(example = "is not a valid unified social credit code (check character)") String message) {
}
