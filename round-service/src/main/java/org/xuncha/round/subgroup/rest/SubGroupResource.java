package org.xuncha.round.subgroup.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import org.xuncha.round.subgroup.SubGroup;
import org.xuncha.round.subgroup.SubGroupDraft;
import org.xuncha.round.subgroup.SubGroupKind;
import org.xuncha.round.subgroup.SubGroups;

/** Sub-groups of a team by speciality (seed 001) and the "1+1" village sub-team (seed 003). */
@Path("/sub-groups")
@Tag(name = "Teams")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Idempotent
public class SubGroupResource {

    private final SubGroups subGroups;
    private final Caller caller;

    public SubGroupResource(SubGroups subGroups, Caller caller) {
        this.subGroups = subGroups;
        this.caller = caller;
    }

    @Schema(name = "SubGroupRequest", description = "A sub-group to form: a speciality sub-group of 2 to 3 of the "
            + "team's members, or (kind VILLAGE) the village sub-team of an inspection of a township, led by a deputy "
            + "leader, 2 to 6 members with its leader, through villages the inspection extends to")
    public record SubGroupRequest(
            @NotNull UUID teamId,
            @Schema(example = "FINANCE_AUDIT") @NotNull SubGroupKind kind,
            @Schema(description = "The kind's name when absent", example = "财务审计组") @Size(max = 100) String name,
            @Schema(description = "Members of the team; for the village sub-team, besides its leader")
            @NotNull @Size(min = 1, max = 6) List<@NotNull UUID> members,
            @Schema(description = "VILLAGE only: the inspection of the township or street") UUID inspectionId,
            @Schema(description = "VILLAGE only: a deputy leader (副组长) of the team") UUID leaderId,
            @Schema(description = "VILLAGE only: villages and communities the inspection extends to")
            @Size(max = 100) List<@NotNull UUID> villageIds) {

        SubGroupDraft toDraft() {
            return new SubGroupDraft(teamId, kind, name, members, inspectionId, leaderId, villageIds);
        }
    }

    @Schema(name = "SubGroupStaffing", description = "The sub-group's members, replacing those it had")
    public record StaffingRequest(
            @NotNull @Size(min = 1, max = 6) List<@NotNull UUID> members,
            @Schema(description = "VILLAGE only: its leader, a deputy leader of the team") UUID leaderId) {
    }

    @Schema(name = "SubGroup", description = "A sub-group of a team (小组)")
    public record SubGroupView(
            UUID id, UUID teamId, @Schema(example = "FINANCE_AUDIT") SubGroupKind kind,
            @Schema(example = "财务审计组") String name,
            @Schema(description = "VILLAGE only: the inspection of the township") UUID inspectionId,
            @Schema(description = "VILLAGE only: the deputy leader leading it") UUID leaderId,
            @Schema(description = "Its members, its leader included") List<UUID> members,
            @Schema(description = "VILLAGE only: the villages and communities it inspects") List<UUID> villageIds,
            OffsetDateTime createdAt, long version) {

        static SubGroupView of(SubGroup group) {
            return new SubGroupView(group.id(), group.teamId(), group.kind(), group.name(), group.inspectionId(),
                    group.leaderId(), group.members().stream().sorted().toList(),
                    group.villages().stream().sorted().toList(), group.createdAt(), group.version());
        }
    }

    @POST
    @RolesAllowed({Roles.OFFICE, Roles.TEAM_LEADER})
    @Operation(operationId = "createSubGroup", summary = "Form a sub-group of a team",
            description = "By the office or the team's leader. A speciality sub-group (PARTY_PERSONNEL 党建人事, "
                    + "FINANCE_AUDIT 财务审计, LAW_ENFORCEMENT 行政执法, PETITION_LEADS 信访线索) has 2 to 3 of the team's "
                    + "members, one per speciality per team. The village sub-team (VILLAGE, \"1+1\") is led by a deputy "
                    + "leader of the team, has 2 to 6 of its members with the leader, one per inspection, and inspects "
                    + "villages and communities that the team's inspection of a township or street extends to, until "
                    + "the team withdraws. A cadre is in one sub-group of a team at most.")
    @APIResponse(responseCode = "201", description = "Formed; `Location` names it",
            content = @Content(schema = @Schema(implementation = SubGroupView.class)))
    @APIResponse(responseCode = "400", description = "A field breaks a rule: sizes, members not on the team or in "
            + "another sub-group, a leader who is not a deputy leader, villages the inspection does not extend to, a "
            + "team or inspection not the caller's")
    @APIResponse(responseCode = "403", description = "A team member who is not its leader")
    @APIResponse(responseCode = "409", description = "The team has a sub-group of that speciality, the inspection a "
            + "village sub-team, or the inspection has withdrawn")
    public Response form(@NotNull @Valid SubGroupRequest request) {
        SubGroup group = subGroups.form(request.toDraft(), caller);
        return Response.created(URI.create("/sub-groups/" + group.id())).entity(SubGroupView.of(group)).build();
    }

    @GET
    @RolesAllowed({Roles.OFFICE, Roles.LEADERSHIP, Roles.TEAM_LEADER, Roles.TEAM_MEMBER})
    @Operation(operationId = "listSubGroups", summary = "List sub-groups",
            description = "By team, inspection and kind, oldest first. Team members see their own teams' only.")
    @APIResponse(responseCode = "200", description = "A page of sub-groups")
    @APIResponse(responseCode = "400", description = "A bad cursor or limit")
    public Page<SubGroupView> list(@QueryParam("teamId") UUID teamId, @QueryParam("inspectionId") UUID inspectionId,
            @QueryParam("kind") SubGroupKind kind,
            @Parameter(description = "The `next` of the previous page") @QueryParam("cursor") @Size(max = 200) String cursor,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
        return subGroups.list(teamId, inspectionId, kind, cursor, limit, caller).map(SubGroupView::of);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.OFFICE, Roles.LEADERSHIP, Roles.TEAM_LEADER, Roles.TEAM_MEMBER})
    @Operation(operationId = "readSubGroup", summary = "Read a sub-group")
    @APIResponse(responseCode = "200", description = "The sub-group")
    @APIResponse(responseCode = "404", description = "No such sub-group, or not the caller's team's")
    public SubGroupView read(@PathParam("id") UUID id) {
        return SubGroupView.of(subGroups.get(id, caller));
    }

    @PUT
    @Path("/{id}/members")
    @RolesAllowed({Roles.OFFICE, Roles.TEAM_LEADER})
    @Operation(operationId = "restaffSubGroup", summary = "Replace a sub-group's members",
            description = "Under the rules of forming it; the village sub-team's leader may change to another deputy "
                    + "leader.")
    @APIResponse(responseCode = "200", description = "The sub-group with its new members")
    @APIResponse(responseCode = "400", description = "A field breaks a rule")
    @APIResponse(responseCode = "403", description = "A team member who is not its leader")
    @APIResponse(responseCode = "404", description = "No such sub-group, or not the caller's team's")
    @APIResponse(responseCode = "409", description = "The village sub-team's inspection has withdrawn, or someone "
            + "changed the sub-group at the same moment")
    public SubGroupView restaff(@PathParam("id") UUID id, @NotNull @Valid StaffingRequest request) {
        return SubGroupView.of(subGroups.restaff(id, request.members(), request.leaderId(), caller));
    }
}
