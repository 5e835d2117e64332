package org.xuncha.round.inspection.rest;

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
import org.xuncha.round.inspection.Inspection;
import org.xuncha.round.inspection.Inspections;

@Path("/inspections")
@Tag(name = "Inspections")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class InspectionResource {

    private final Inspections inspections;

    public InspectionResource(Inspections inspections) {
        this.inspections = inspections;
    }

    @POST
    @RolesAllowed({Roles.OFFICE})
    @Operation(summary = "Plan an inspection", description = "The team inspects the organization in the team's round.")
    @APIResponse(responseCode = "201", description = "Planned; Location names the inspection")
    @APIResponse(responseCode = "409", description = "The organization is already inspected in this round")
    public Response plan(@NotNull @Valid InspectionRequest request) {
        Inspection inspection = inspections.plan(request.teamId(), request.organizationId());
        return Response.created(URI.create("/inspections/" + inspection.id()))
                .entity(InspectionView.of(inspection)).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.OFFICE, Roles.LEADERSHIP, Roles.TEAM_LEADER, Roles.TEAM_MEMBER})
    @Operation(summary = "Read an inspection")
    @APIResponse(responseCode = "200", description = "The inspection")
    @APIResponse(responseCode = "404", description = "No such inspection")
    public InspectionView read(@PathParam("id") UUID id) {
        return InspectionView.of(inspections.get(id));
    }

    @POST
    @Path("/{id}/preparation")
    @RolesAllowed({Roles.OFFICE})
    @Operation(summary = "Start preparing", description = "PLANNED to PREPARING.")
    @APIResponse(responseCode = "200", description = "The inspection, now PREPARING")
    @APIResponse(responseCode = "404", description = "No such inspection")
    @APIResponse(responseCode = "409", description = "The inspection is not PLANNED")
    public InspectionView startPreparing(@PathParam("id") UUID id) {
        return InspectionView.of(inspections.startPreparing(id));
    }

    @POST
    @Path("/{id}/station")
    @RolesAllowed({Roles.OFFICE})
    @Operation(summary = "Station the team (进驻)", description = "PREPARING to STATIONED.")
    @APIResponse(responseCode = "200", description = "The inspection, now STATIONED")
    @APIResponse(responseCode = "404", description = "No such inspection")
    @APIResponse(responseCode = "409", description = "The inspection is not PREPARING")
    public InspectionView station(@PathParam("id") UUID id) {
        return InspectionView.of(inspections.station(id));
    }

    @POST
    @Path("/{id}/withdrawal")
    @RolesAllowed({Roles.OFFICE})
    @Operation(summary = "Withdraw the team (撤离)", description = "STATIONED to REPORTING.")
    @APIResponse(responseCode = "200", description = "The inspection, now REPORTING")
    @APIResponse(responseCode = "404", description = "No such inspection")
    @APIResponse(responseCode = "409", description = "The inspection is not STATIONED")
    public InspectionView withdraw(@PathParam("id") UUID id) {
        return InspectionView.of(inspections.withdraw(id));
    }
}
