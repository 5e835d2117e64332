package org.xuncha.round.inspection.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.xuncha.round.avoidance.rest.OverrideDto;

@Schema(name = "ExtensionRequest", description = "Organizations below the inspected one to extend the inspection to")
public record ExtensionRequest(
        @NotEmpty @Size(max = 500) List<@NotNull UUID> extensions,
        @Schema(description = "Only to go ahead despite avoidance conflicts (LEADERSHIP)") @Valid OverrideDto override) {
}
