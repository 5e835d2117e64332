package org.xuncha.round.team.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.time.OffsetDateTime;
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
import org.xuncha.platform.security.Caller;
import org.xuncha.platform.security.Roles;
import org.xuncha.round.avoidance.Avoidance;
import org.xuncha.round.avoidance.Ground;
import org.xuncha.round.avoidance.rest.OverrideDto;
import org.xuncha.round.preparation.Commitment;
import org.xuncha.round.preparation.CommitmentKind;
import org.xuncha.round.preparation.Commitments;
import org.xuncha.round.team.Team;
import org.xuncha.round.team.TeamKind;
import org.xuncha.round.team.Teams;

@Idempotent
@Path("/teams")
@Tag(name = "Teams")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TeamResource {

    private final Teams teams;
    private final Commitments commitments;
    private final Avoidance avoidance;
    private final Caller caller;

    public TeamResource(Teams teams, Commitments commitments, Avoidance avoidance, Caller caller) {
        this.teams = teams;
        this.commitments = commitments;
        this.avoidance = avoidance;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({Roles.OFFICE})
    @Operation(operationId = "formTeam",
            summary = "Form a team", description = "An inspection team (巡察组) of the round: standing or temporary (\"2+N\").")
    @APIResponse(responseCode = "201", description = "Formed; Location names the team",
            content = @Content(schema = @Schema(implementation = TeamView.class)))
    @APIResponse(responseCode = "409", description = "The round already has a team of that name")
    public Response form(@NotNull @Valid TeamRequest request) {
        Team team = teams.form(request.roundId(), request.name(), request.kind() == null ? TeamKind.TEMPORARY : request.kind());
        return Response.created(URI.create("/teams/" + team.id())).entity(TeamView.of(team)).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.OFFICE, Roles.LEADERSHIP, Roles.TEAM_LEADER, Roles.TEAM_MEMBER})
    @Operation(operationId = "readTeam",
            summary = "Read a team", description = "Team members read only their own team.")
    @APIResponse(responseCode = "200", description = "The team with its members")
    @APIResponse(responseCode = "404", description = "No such team, or not the caller's")
    public TeamView read(@PathParam("id") UUID id) {
        return TeamView.of(teams.get(id, caller));
    }

    @GET
    @RolesAllowed({Roles.OFFICE, Roles.LEADERSHIP})
    @Operation(operationId = "listTeams",
            summary = "List teams", description = "A round's teams, or all, oldest first.")
    @APIResponse(responseCode = "200", description = "A page of teams")
    public Page<TeamView> list(@QueryParam("roundId") UUID roundId, @QueryParam("cursor") String cursor,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
        return teams.list(roundId, cursor, limit).map(TeamView::of);
    }

    @POST
    @Path("/{id}/members")
    @RolesAllowed({Roles.OFFICE, Roles.LEADERSHIP})
    @Operation(operationId = "assignTeamMember",
            summary = "Put a cadre on the team", description = "A leader from the leader pool, deputies and members "
            + "from either pool, all active. Checked for avoidance (三回避) against everything the team inspects: a "
            + "conflict is refused naming each ground, unless LEADERSHIP overrides it with a written reason. A cadre "
            + "cannot be in two teams stationed at the same time.")
    @APIResponse(responseCode = "200", description = "The team with the cadre on it")
    @APIResponse(responseCode = "403", description = "An override by someone other than LEADERSHIP")
    @APIResponse(responseCode = "404", description = "No such team")
    @APIResponse(responseCode = "409", description = "An avoidance conflict, not in the pool, already on the team, a "
            + "second leader, or stationed with another team")
    public TeamView assign(@PathParam("id") UUID id, @NotNull @Valid AssignmentRequest request) {
        return TeamView.of(teams.assign(id, request.cadreId(), request.position(), OverrideDto.toRequest(request.override()),
                caller));
    }

    @DELETE
    @Path("/{id}/members/{cadreId}")
    @RolesAllowed({Roles.OFFICE})
    @Operation(operationId = "releaseTeamMember",
            summary = "Take a cadre off the team")
    @APIResponse(responseCode = "200", description = "The team without the cadre")
    @APIResponse(responseCode = "404", description = "No such team, or the cadre is not on it")
    public TeamView release(@PathParam("id") UUID id, @PathParam("cadreId") UUID cadreId) {
        return TeamView.of(teams.release(id, cadreId));
    }

    @Schema(name = "AvoidanceOverrideRecord", description = "An avoidance conflict the leadership group allowed")
    public record OverrideView(UUID cadreId, UUID organizationId, Ground ground, String reason, String overriddenBy,
            OffsetDateTime overriddenAt) {
    }

    @GET
    @Path("/{id}/avoidance-overrides")
    @RolesAllowed({Roles.OFFICE, Roles.LEADERSHIP})
    @Operation(operationId = "listAvoidanceOverrides",
            summary = "List the team's avoidance overrides", description = "Who allowed which conflict, when, and why.")
    @APIResponse(responseCode = "200", description = "The overrides, oldest first")
    @APIResponse(responseCode = "404", description = "No such team")
    public Page<OverrideView> overrides(@PathParam("id") UUID id,
            @Parameter(description = "The `next` of the previous page") @QueryParam("cursor") String cursor,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
        teams.get(id);
        return Page.slice(avoidance.overridesOf(id).stream().map(o -> new OverrideView(o.cadreId(), o.organizationId(), o.ground(),
                o.reason(), o.overriddenBy(), o.overriddenAt())).toList(), cursor, limit);
    }

    @Schema(name = "CommitmentRequest", description = "A commitment signed: by the member themselves, or recorded by "
            + "the office for a member (cadreId) who signed on paper")
    public record CommitmentRequest(@NotNull CommitmentKind kind, UUID cadreId) {
    }

    @Schema(name = "Commitment", description = "A commitment a team member signed")
    public record CommitmentView(UUID teamId, UUID cadreId, CommitmentKind kind, OffsetDateTime signedAt, String recordedBy) {

        static CommitmentView of(Commitment commitment) {
            return new CommitmentView(commitment.teamId(), commitment.cadreId(), commitment.kind(), commitment.signedAt(),
                    commitment.recordedBy());
        }
    }

    @POST
    @Path("/{id}/commitments")
    @RolesAllowed({Roles.OFFICE, Roles.TEAM_LEADER, Roles.TEAM_MEMBER})
    @Operation(operationId = "signCommitment",
            summary = "Sign a commitment", description = "The discipline (纪律承诺书) or confidentiality (保密承诺书) "
            + "commitment, once each per member.")
    @APIResponse(responseCode = "201", description = "Signed",
            content = @Content(schema = @Schema(implementation = CommitmentView.class)))
    @APIResponse(responseCode = "403", description = "A member signing for someone else")
    @APIResponse(responseCode = "404", description = "No such team")
    @APIResponse(responseCode = "409", description = "Already signed, or the cadre is not on the team")
    public Response sign(@PathParam("id") UUID id, @NotNull @Valid CommitmentRequest request) {
        Commitment commitment = commitments.sign(id, request.kind(), request.cadreId(), caller);
        return Response.status(201).entity(CommitmentView.of(commitment)).build();
    }

    @GET
    @Path("/{id}/commitments")
    @RolesAllowed({Roles.OFFICE, Roles.LEADERSHIP, Roles.TEAM_LEADER, Roles.TEAM_MEMBER})
    @Operation(operationId = "listCommitments",
            summary = "List the team's signed commitments")
    @APIResponse(responseCode = "200", description = "The commitments")
    @APIResponse(responseCode = "404", description = "No such team, or not the caller's")
    public Page<CommitmentView> commitments(@PathParam("id") UUID id,
            @Parameter(description = "The `next` of the previous page") @QueryParam("cursor") String cursor,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
        return Page.slice(commitments.ofTeam(id, caller).stream().map(CommitmentView::of).toList(), cursor, limit);
    }
}
