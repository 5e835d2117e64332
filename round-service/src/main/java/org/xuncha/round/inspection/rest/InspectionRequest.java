package org.xuncha.round.inspection.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.xuncha.round.avoidance.rest.OverrideDto;

@Schema(name = "InspectionRequest", description = "An inspection to plan: a team, the organization it inspects, and "
        + "the organizations below it the inspection extends to (延伸)")
public record InspectionRequest(
        @NotNull UUID teamId,
        @NotNull UUID organizationId,
        @Schema(description = "Organizations below the inspected one, e.g. its villages") @Size(max = 500)
        List<@NotNull UUID> extensions,
        @Schema(description = "Only to go ahead despite avoidance conflicts of the team's members (LEADERSHIP)")
        @Valid OverrideDto override) {

    List<UUID> extensionsOrNone() {
        return extensions == null ? List.of() : extensions;
    }
}
