package org.xuncha.round.finding.rest;

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
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.xuncha.platform.idempotency.Idempotent;
import org.xuncha.platform.paging.Page;
import org.xuncha.platform.security.Caller;
import org.xuncha.platform.security.Roles;
import org.xuncha.round.finding.Finding;
import org.xuncha.round.finding.FindingFilter;
import org.xuncha.round.finding.FindingState;
import org.xuncha.round.finding.Findings;

@Idempotent
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
    @Operation(operationId = "draftFinding",
            summary = "Draft a finding", description = "By a member of the inspecting team, while it is stationed or "
            + "reporting, under a category of the taxonomy.")
    @APIResponse(responseCode = "201", description = "Drafted; Location names the finding",
            content = @Content(schema = @Schema(implementation = FindingView.class)))
    @APIResponse(responseCode = "409", description = "The inspection takes no findings in its state")
    public Response draft(@NotNull @Valid FindingRequest request) {
        Finding finding = findings.draft(request.inspectionId(), request.toDraft(), caller);
        return Response.created(URI.create("/findings/" + finding.id())).entity(FindingView.of(finding)).build();
    }

    @GET
    @RolesAllowed({Roles.OFFICE, Roles.LEADERSHIP, Roles.TEAM_LEADER, Roles.TEAM_MEMBER})
    @Operation(operationId = "listFindings",
            summary = "List findings", description = "By inspection, term, round, team, organization, category, state "
            + "and common-problem candidacy, oldest first. Team members see their own teams' findings only.")
    @APIResponse(responseCode = "200", description = "A page of findings")
    public Page<FindingView> list(@QueryParam("inspectionId") UUID inspectionId, @QueryParam("termId") UUID termId,
            @QueryParam("roundId") UUID roundId, @QueryParam("teamId") UUID teamId,
            @QueryParam("organizationId") UUID organizationId, @QueryParam("categoryCode") @Size(max = 40) String categoryCode,
            @QueryParam("state") FindingState state, @QueryParam("commonProblemCandidate") Boolean commonProblemCandidate,
            @QueryParam("cursor") String cursor, @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
        FindingFilter filter = new FindingFilter(inspectionId, termId, roundId, teamId, organizationId, categoryCode, state,
                commonProblemCandidate);
        return findings.list(filter, cursor, limit, caller).map(FindingView::of);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.OFFICE, Roles.LEADERSHIP, Roles.TEAM_LEADER, Roles.TEAM_MEMBER})
    @Operation(operationId = "readFinding",
            summary = "Read a finding")
    @APIResponse(responseCode = "200", description = "The finding")
    @APIResponse(responseCode = "404", description = "No such finding, or not the caller's team's")
    public FindingView read(@PathParam("id") UUID id) {
        return FindingView.of(findings.get(id, caller));
    }

    @POST
    @Path("/{id}/confirmation")
    @RolesAllowed({Roles.TEAM_LEADER, Roles.TEAM_MEMBER})
    @Operation(operationId = "confirmFinding",
            summary = "Confirm a finding", description = "DRAFT to CONFIRMED; the team leader's call, nobody else's.")
    @APIResponse(responseCode = "200", description = "The finding, now CONFIRMED")
    @APIResponse(responseCode = "403", description = "The caller does not lead the finding's team")
    @APIResponse(responseCode = "404", description = "No such finding, or not the caller's team's")
    @APIResponse(responseCode = "409", description = "The finding is not a DRAFT, or the inspection is past reporting")
    public FindingView confirm(@PathParam("id") UUID id) {
        return FindingView.of(findings.confirm(id, caller));
    }
}
