package org.xuncha.round.avoidance.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.xuncha.platform.idempotency.Idempotent;
import org.xuncha.platform.security.Roles;
import org.xuncha.round.avoidance.Avoidance;
import org.xuncha.round.avoidance.AvoidanceConflict;

@Idempotent
@Path("/avoidance-checks")
@Tag(name = "Teams")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AvoidanceResource {

    private final Avoidance avoidance;

    public AvoidanceResource(Avoidance avoidance) {
        this.avoidance = avoidance;
    }

    @Schema(name = "AvoidanceCheckRequest", description = "Cadres one would assign and organizations they would inspect")
    public record CheckRequest(
            @NotEmpty @Size(max = 100) List<@NotNull UUID> cadreIds,
            @NotEmpty @Size(max = 1000) List<@NotNull UUID> organizationIds) {
    }

    @Schema(name = "AvoidanceCheck", description = "Every conflict found, by cadre, organization and ground")
    public record CheckResult(List<AvoidanceConflict> conflicts) {
    }

    @POST
    @RolesAllowed({Roles.OFFICE, Roles.LEADERSHIP})
    @Operation(operationId = "checkAvoidance",
            summary = "Check avoidance before forming a team", description = "All three grounds (三回避) for every "
            + "cadre against every organization: POSTING (works or worked in it or below it), KINSHIP (a declared relative "
            + "holds a post in it), REGION (a township or village inspection of their home locality). Changes nothing.")
    @APIResponse(responseCode = "200", description = "The conflicts; none when the team may be formed as asked")
    public CheckResult check(@NotNull @Valid CheckRequest request) {
        return new CheckResult(avoidance.conflicts(request.cadreIds(), request.organizationIds()));
    }
}
