package org.xuncha.round.team.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.xuncha.round.avoidance.rest.OverrideDto;
import org.xuncha.round.team.Position;

@Schema(name = "TeamAssignment", description = "A cadre to put on the team")
public record AssignmentRequest(
        @NotNull UUID cadreId,
        @Schema(example = "MEMBER") @NotNull Position position,
        @Schema(description = "Only to go ahead despite avoidance conflicts (LEADERSHIP)") @Valid OverrideDto override) {
}
