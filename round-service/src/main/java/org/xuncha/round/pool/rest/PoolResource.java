package org.xuncha.round.pool.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.xuncha.platform.idempotency.Idempotent;
import org.xuncha.platform.paging.Page;
import org.xuncha.platform.security.Roles;
import org.xuncha.round.pool.MembershipStatus;
import org.xuncha.round.pool.PoolMembership;
import org.xuncha.round.pool.Pools;
import org.xuncha.round.pool.TalentPool;

@Idempotent
@Path("/pools")
@Tag(name = "Talent pools")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PoolResource {

    private final Pools pools;

    public PoolResource(Pools pools) {
        this.pools = pools;
    }

    @Schema(name = "PoolJoining", description = "A cadre joining a pool")
    public record Joining(@NotNull UUID cadreId) {
    }

    @Schema(name = "PoolChange", description = "Why a membership changes")
    public record Change(@Schema(example = "借调外地，暂停使用") @NotBlank @Size(max = 500) String reason) {
    }

    @Schema(name = "PoolMembership", description = "A cadre in a talent pool")
    public record MembershipView(TalentPool pool, UUID cadreId, MembershipStatus status, LocalDate joinedOn,
            OffsetDateTime changedAt, String reason) {

        static MembershipView of(PoolMembership membership) {
            return new MembershipView(membership.pool(), membership.cadreId(), membership.status(),
                    membership.joinedOn(), membership.changedAt(), membership.reason());
        }
    }

    @POST
    @Path("/{pool}/members")
    @RolesAllowed({Roles.OFFICE, Roles.INTEGRATION})
    @Operation(operationId = "joinPool",
            summary = "Add a cadre to a pool", description = "A cadre who left may join again.")
    @APIResponse(responseCode = "201", description = "The cadre is an active member",
            content = @Content(schema = @Schema(implementation = MembershipView.class)))
    @APIResponse(responseCode = "409", description = "The cadre is already in the pool")
    public Response join(@PathParam("pool") TalentPool pool, @NotNull @Valid Joining joining) {
        PoolMembership membership = pools.join(pool, joining.cadreId());
        return Response.created(URI.create("/pools/" + pool + "/members/" + joining.cadreId()))
                .entity(MembershipView.of(membership)).build();
    }

    @GET
    @Path("/{pool}/members")
    @RolesAllowed({Roles.OFFICE, Roles.LEADERSHIP, Roles.INTEGRATION})
    @Operation(operationId = "listPoolMembers",
            summary = "List a pool's members")
    @APIResponse(responseCode = "200", description = "A page of memberships")
    public Page<MembershipView> members(@PathParam("pool") TalentPool pool, @QueryParam("status") MembershipStatus status,
            @QueryParam("cursor") String cursor, @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
        return pools.members(pool, status, cursor, limit).map(MembershipView::of);
    }

    @POST
    @Path("/{pool}/members/{cadreId}/suspension")
    @RolesAllowed({Roles.OFFICE})
    @Operation(operationId = "suspendPoolMember",
            summary = "Suspend a member", description = "ACTIVE to SUSPENDED: not assigned to teams meanwhile.")
    @APIResponse(responseCode = "200", description = "Suspended")
    @APIResponse(responseCode = "404", description = "The cadre is not in the pool")
    @APIResponse(responseCode = "409", description = "The membership is not ACTIVE")
    public MembershipView suspend(@PathParam("pool") TalentPool pool, @PathParam("cadreId") UUID cadreId,
            @NotNull @Valid Change change) {
        return MembershipView.of(pools.suspend(pool, cadreId, change.reason()));
    }

    @POST
    @Path("/{pool}/members/{cadreId}/reinstatement")
    @RolesAllowed({Roles.OFFICE})
    @Operation(operationId = "reinstatePoolMember",
            summary = "Reinstate a suspended member", description = "SUSPENDED to ACTIVE.")
    @APIResponse(responseCode = "200", description = "Reinstated")
    @APIResponse(responseCode = "404", description = "The cadre is not in the pool")
    @APIResponse(responseCode = "409", description = "The membership is not SUSPENDED")
    public MembershipView reinstate(@PathParam("pool") TalentPool pool, @PathParam("cadreId") UUID cadreId) {
        return MembershipView.of(pools.reinstate(pool, cadreId));
    }

    @POST
    @Path("/{pool}/members/{cadreId}/departure")
    @RolesAllowed({Roles.OFFICE})
    @Operation(operationId = "leavePool",
            summary = "A member leaves the pool")
    @APIResponse(responseCode = "200", description = "Left")
    @APIResponse(responseCode = "404", description = "The cadre is not in the pool")
    @APIResponse(responseCode = "409", description = "The member already left")
    public MembershipView leave(@PathParam("pool") TalentPool pool, @PathParam("cadreId") UUID cadreId,
            @NotNull @Valid Change change) {
        return MembershipView.of(pools.leave(pool, cadreId, change.reason()));
    }
}
