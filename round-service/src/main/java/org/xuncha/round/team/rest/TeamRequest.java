package org.xuncha.round.team.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.xuncha.round.team.TeamKind;

@Schema(name = "TeamRequest", description = "A team to form")
public record TeamRequest(
        @Schema(description = "The round the team inspects in") @NotNull UUID roundId,
        @Schema(example = "第一巡察组") @NotBlank @Size(max = 100) String name,
        @Schema(description = "Standing (常设) or temporary (临时); temporary when absent") TeamKind kind) {
}
