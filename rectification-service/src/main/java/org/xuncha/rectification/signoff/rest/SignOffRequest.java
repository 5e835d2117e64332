package org.xuncha.rectification.signoff.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.xuncha.rectification.signoff.Capacity;

@Schema(name = "SignOffRequest", description = "A signature of the triple sign-off (三签收), in one capacity")
public record SignOffRequest(
        @NotNull @Schema(example = "PRINCIPAL_LEADER") Capacity capacity,
        @Size(max = 100) @Schema(description = "Who signs for the organization (ORGANIZATION only; the leaders' "
                + "names come from the registry)", example = "张卫东（办公室主任）") String name) {
}
