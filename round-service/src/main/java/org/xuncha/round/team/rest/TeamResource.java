package org.xuncha.round.team.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.xuncha.platform.security.Roles;
import org.xuncha.round.team.Team;
import org.xuncha.round.team.Teams;

@Path("/teams")
@Tag(name = "Teams")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TeamResource {

    private final Teams teams;

    public TeamResource(Teams teams) {
        this.teams = teams;
    }

    @POST
    @RolesAllowed({Roles.OFFICE})
    @Operation(summary = "Form a team", description = "An inspection team (巡察组) of the round.")
    @APIResponse(responseCode = "201", description = "Formed; Location names the team")
    @APIResponse(responseCode = "409", description = "The round already has a team of that name")
    public Response form(@NotNull @Valid TeamRequest request) {
        Team team = teams.form(request.roundId(), request.name());
        return Response.created(URI.create("/teams/" + team.id())).entity(TeamView.of(team)).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.OFFICE, Roles.LEADERSHIP, Roles.TEAM_LEADER, Roles.TEAM_MEMBER})
    @Operation(summary = "Read a team")
    @APIResponse(responseCode = "200", description = "The team")
    @APIResponse(responseCode = "404", description = "No such team")
    public TeamView read(@PathParam("id") UUID id) {
        return TeamView.of(teams.get(id));
    }
}
