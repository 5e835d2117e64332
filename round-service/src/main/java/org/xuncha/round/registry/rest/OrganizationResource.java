package org.xuncha.round.registry.rest;

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
import org.xuncha.round.registry.Organization;
import org.xuncha.round.registry.Registry;

@Path("/organizations")
@Tag(name = "Registry")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OrganizationResource {

    private final Registry registry;

    public OrganizationResource(Registry registry) {
        this.registry = registry;
    }

    @POST
    @RolesAllowed({Roles.OFFICE, Roles.INTEGRATION})
    @Operation(summary = "Register an organization", description = "Adds an inspectable Party organization to the registry, "
            + "under its parent if it has one.")
    @APIResponse(responseCode = "201", description = "Registered; Location names the new organization")
    public Response register(@NotNull @Valid OrganizationRequest request) {
        Organization organization = registry.register(request.toDraft());
        return Response.created(URI.create("/organizations/" + organization.id()))
                .entity(OrganizationView.of(organization))
                .build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.OFFICE, Roles.LEADERSHIP, Roles.INTEGRATION, Roles.TEAM_LEADER, Roles.TEAM_MEMBER})
    @Operation(summary = "Read an organization")
    @APIResponse(responseCode = "200", description = "The organization")
    @APIResponse(responseCode = "404", description = "No such organization")
    public OrganizationView read(@PathParam("id") UUID id) {
        return OrganizationView.of(registry.get(id));
    }
}
