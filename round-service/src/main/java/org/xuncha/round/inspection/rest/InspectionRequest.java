package org.xuncha.round.inspection.rest;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "InspectionRequest", description = "An inspection to plan: a team and the organization it inspects")
public record InspectionRequest(@NotNull UUID teamId, @NotNull UUID organizationId) {
}
