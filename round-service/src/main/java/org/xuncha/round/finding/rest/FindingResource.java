package org.xuncha.round.finding.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.xuncha.platform.security.Caller;
import org.xuncha.platform.security.Roles;
import org.xuncha.round.finding.Finding;
import org.xuncha.round.finding.Findings;

@Path("/findings")
@Tag(name = "Findings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FindingResource {

    private final Findings findings;
    private final Caller caller;

    public FindingResource(Findings findings, Caller caller) {
        this.findings = findings;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({Roles.TEAM_LEADER, Roles.TEAM_MEMBER})
    @Operation(summary = "Draft a finding", description = "While the team is stationed or reporting.")
    @APIResponse(responseCode = "201", description = "Drafted; Location names the finding")
    @APIResponse(responseCode = "409", description = "The inspection takes no findings in its state")
    public Response draft(@NotNull @Valid FindingRequest request) {
        Finding finding = findings.draft(request.inspectionId(), request.categoryCode(), request.description(),
                request.moneyInvolved());
        return Response.created(URI.create("/findings/" + finding.id())).entity(FindingView.of(finding)).build();
    }

    @GET
    @RolesAllowed({Roles.OFFICE, Roles.LEADERSHIP, Roles.TEAM_LEADER, Roles.TEAM_MEMBER})
    @Operation(summary = "List an inspection's findings")
    @APIResponse(responseCode = "200", description = "The findings, oldest first")
    @APIResponse(responseCode = "404", description = "No such inspection")
    public List<FindingView> ofInspection(@QueryParam("inspectionId") @NotNull UUID inspectionId) {
        return findings.ofInspection(inspectionId).stream().map(FindingView::of).toList();
    }

    @POST
    @Path("/{id}/confirmation")
    @RolesAllowed({Roles.TEAM_LEADER})
    @Operation(summary = "Confirm a finding", description = "DRAFT to CONFIRMED; the team leader's call.")
    @APIResponse(responseCode = "200", description = "The finding, now CONFIRMED")
    @APIResponse(responseCode = "404", description = "No such finding")
    @APIResponse(responseCode = "409", description = "The finding is not a DRAFT")
    public FindingView confirm(@PathParam("id") UUID id) {
        return FindingView.of(findings.confirm(id, caller.userId()));
    }
}
