package org.xuncha.round.planning.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.xuncha.platform.idempotency.Idempotent;
import org.xuncha.platform.paging.Page;
import org.xuncha.platform.security.Roles;
import org.xuncha.round.planning.Planning;
import org.xuncha.round.planning.Round;

@Idempotent
@Path("/rounds")
@Tag(name = "Planning")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RoundResource {

    private final Planning planning;

    public RoundResource(Planning planning) {
        this.planning = planning;
    }

    @POST
    @RolesAllowed({Roles.OFFICE, Roles.INTEGRATION})
    @Operation(operationId = "planRound",
            summary = "Plan a round", description = "A numbered round of a term; SPECIAL rounds carry a theme, "
            + "LINKED rounds the partner committee.")
    @APIResponse(responseCode = "201", description = "Planned; Location names the round",
            content = @Content(schema = @Schema(implementation = RoundView.class)))
    @APIResponse(responseCode = "409", description = "The term already has a round with that number")
    public Response plan(@NotNull @Valid RoundRequest request) {
        Round round = planning.planRound(request.termId(), request.toDraft());
        return Response.created(URI.create("/rounds/" + round.id())).entity(RoundView.of(round)).build();
    }

    @GET
    @RolesAllowed({Roles.OFFICE, Roles.LEADERSHIP, Roles.INTEGRATION, Roles.TEAM_LEADER, Roles.TEAM_MEMBER})
    @Operation(operationId = "listRounds",
            summary = "List a term's rounds", description = "By number.")
    @APIResponse(responseCode = "200", description = "The rounds")
    @APIResponse(responseCode = "404", description = "No such term")
    public Page<RoundView> ofTerm(@QueryParam("termId") @NotNull UUID termId,
            @Parameter(description = "The `next` of the previous page") @QueryParam("cursor") String cursor,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
        return Page.slice(planning.rounds(termId).stream().map(RoundView::of).toList(), cursor, limit);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.OFFICE, Roles.LEADERSHIP, Roles.INTEGRATION, Roles.TEAM_LEADER, Roles.TEAM_MEMBER})
    @Operation(operationId = "readRound",
            summary = "Read a round")
    @APIResponse(responseCode = "200", description = "The round")
    @APIResponse(responseCode = "404", description = "No such round")
    public RoundView read(@PathParam("id") UUID id) {
        return RoundView.of(planning.round(id));
    }
}
