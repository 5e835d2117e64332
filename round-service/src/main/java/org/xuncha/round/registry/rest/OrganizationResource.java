package org.xuncha.round.registry.rest;

import jakarta.validation.constraints.Size;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
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
import org.xuncha.round.registry.Organization;
import org.xuncha.round.registry.OrganizationSearch;
import org.xuncha.round.registry.OrganizationType;
import org.xuncha.round.registry.Registry;

@Idempotent
@Path("/organizations")
@Tag(name = "Registry")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OrganizationResource {

    private final Registry registry;
    private final Caller caller;

    public OrganizationResource(Registry registry, Caller caller) {
        this.registry = registry;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({Roles.OFFICE, Roles.INTEGRATION})
    @Operation(operationId = "registerOrganization",
            summary = "Register an organization", description = "Adds an inspectable Party organization to the registry, "
            + "under its parent if it has one. A credit code must pass its GB 32100-2015 check character.")
    @APIResponse(responseCode = "201", description = "Registered; Location names the new organization",
            content = @Content(schema = @Schema(implementation = OrganizationView.class)))
    @APIResponse(responseCode = "409", description = "Another organization has this credit code")
    public Response register(@NotNull @Valid OrganizationRequest request) {
        Organization organization = registry.register(request.parentId(), request.toDetails());
        return Response.created(URI.create("/organizations/" + organization.id()))
                .entity(OrganizationView.of(organization))
                .build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.OFFICE, Roles.INTEGRATION})
    @Operation(operationId = "reviseOrganization",
            summary = "Revise an organization", description = "Replaces what the registry records about it: "
            + "name, type, leaders, discipline body, credit code, city-directed. Leaders change; the registry follows, "
            + "except while the organization is under inspection (an inspection of it stationed or reporting): then "
            + "its principal leader or leader in charge changes only with teamHearing, the organization department "
            + "having heard the team first (seed 004, item 16), and the hearing is recorded.")
    @APIResponse(responseCode = "200", description = "The organization as revised")
    @APIResponse(responseCode = "404", description = "No such organization")
    @APIResponse(responseCode = "409", description = "Another organization has this credit code (duplicate), or its "
            + "leadership would change under inspection without teamHearing (under-inspection; inspectionIds names them)")
    public OrganizationView revise(@PathParam("id") UUID id, @NotNull @Valid OrganizationRevision revision) {
        return OrganizationView.of(registry.revise(id, revision.toDetails(), revision.toHearing(), caller.userId()));
    }

    @GET
    @Path("/{id}/leadership-hearings")
    @RolesAllowed({Roles.OFFICE, Roles.LEADERSHIP, Roles.ORGANIZATION})
    @Operation(operationId = "listLeadershipHearings",
            summary = "The hearings of inspection teams that leadership changes relied on",
            description = "One per inspection under way when the organization's leadership changed; newest first.")
    @APIResponse(responseCode = "200", description = "The hearings")
    @APIResponse(responseCode = "404", description = "No such organization")
    public Page<LeadershipHearingView> leadershipHearings(@PathParam("id") UUID id,
            @Parameter(description = "The `next` of the previous page") @QueryParam("cursor") String cursor,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
        return Page.slice(registry.leadershipHearings(id).stream().map(LeadershipHearingView::of).toList(), cursor, limit);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.OFFICE, Roles.LEADERSHIP, Roles.INTEGRATION, Roles.TEAM_LEADER, Roles.TEAM_MEMBER})
    @Operation(operationId = "readOrganization",
            summary = "Read an organization")
    @APIResponse(responseCode = "200", description = "The organization")
    @APIResponse(responseCode = "404", description = "No such organization")
    public OrganizationView read(@PathParam("id") UUID id) {
        return OrganizationView.of(registry.get(id));
    }

    @GET
    @RolesAllowed({Roles.OFFICE, Roles.LEADERSHIP, Roles.INTEGRATION, Roles.TEAM_LEADER, Roles.TEAM_MEMBER})
    @Operation(operationId = "searchOrganizations",
            summary = "Search the registry", description = "By any part of the name, the credit code or its "
            + "beginning, the type, a subtree or a parent; in tree order (a parent before its children).")
    @APIResponse(responseCode = "200", description = "A page of organizations")
    @APIResponse(responseCode = "404", description = "The organization named by `under` does not exist")
    public Page<OrganizationView> search(
            @Parameter(description = "Any part of the name", example = "城关") @QueryParam("name") @Size(max = 200) String name,
            @Parameter(description = "The credit code or its beginning") @QueryParam("creditCode") @Size(max = 18) String creditCode,
            @QueryParam("type") OrganizationType type,
            @Parameter(description = "Only this organization and those below it") @QueryParam("under") UUID under,
            @Parameter(description = "Only the direct children of this organization") @QueryParam("parentId") UUID parentId,
            @Parameter(description = "The `next` of the previous page") @QueryParam("cursor") String cursor,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
        return registry.search(new OrganizationSearch(name, creditCode, type, under, parentId), cursor, limit)
                .map(OrganizationView::of);
    }
}
