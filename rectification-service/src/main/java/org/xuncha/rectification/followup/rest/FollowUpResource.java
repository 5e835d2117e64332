package org.xuncha.rectification.followup.rest;

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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.xuncha.platform.idempotency.Idempotent;
import org.xuncha.platform.paging.Page;
import org.xuncha.platform.security.Caller;
import org.xuncha.platform.security.Roles;
import org.xuncha.rectification.Created;
import org.xuncha.rectification.followup.FollowUp;
import org.xuncha.rectification.followup.FollowUps;

/** Follow-ups (回访, 回头看) of cases. */
@Idempotent
@Path("/follow-ups")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Supervision")
public class FollowUpResource {

    private final FollowUps followUps;
    private final Caller caller;

    public FollowUpResource(FollowUps followUps, Caller caller) {
        this.followUps = followUps;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.OFFICE, Roles.LEADERSHIP})
    @Operation(operationId = "recordFollowUp",
            summary = "Record a follow-up", description = "What a return visit or look-back found; each closed item it "
            + "found back is reopened (LedgerItemReopened), and a closed case goes back to VERIFYING.")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FollowUpView.class)))
    @APIResponse(responseCode = "403", description = "Only the office records follow-ups")
    @APIResponse(responseCode = "404", description = "No such case")
    @APIResponse(responseCode = "409", description = "The case is not signed off yet, or an item to reopen is not closed")
    public RestResponse<FollowUpView> record(@Valid @NotNull FollowUpRequest request) {
        FollowUp recorded = followUps.record(request.toRecord(), caller);
        return Created.at("/follow-ups/" + recorded.id(), FollowUpView.of(recorded));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.OFFICE, Roles.LEADERSHIP, Roles.DISCIPLINE, Roles.ORGANIZATION, Roles.UNIT,
            Roles.LEADER_IN_CHARGE})
    @Operation(operationId = "readFollowUp",
            summary = "Read a follow-up")
    @APIResponse(responseCode = "200", description = "The follow-up")
    @APIResponse(responseCode = "404", description = "No such follow-up, or not of a case the caller may see")
    public FollowUpView read(@PathParam("id") UUID id) {
        return FollowUpView.of(followUps.get(id, caller));
    }

    @GET
    @RolesAllowed({Roles.OFFICE, Roles.LEADERSHIP, Roles.DISCIPLINE, Roles.ORGANIZATION, Roles.UNIT,
            Roles.LEADER_IN_CHARGE})
    @Operation(operationId = "listFollowUps",
            summary = "List follow-ups", description = "Oldest first; a UNIT or a leader in charge lists those of a "
            + "case they may see (caseId is then required).")
    @APIResponse(responseCode = "200", description = "A page of follow-ups")
    @APIResponse(responseCode = "404", description = "No such case, or not one the caller may see")
    public Page<FollowUpView> list(@QueryParam("caseId") UUID caseId,
            @Parameter(description = "The `next` of the previous page") @QueryParam("cursor") String cursor,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
        return followUps.list(caseId, cursor, limit, caller).map(FollowUpView::of);
    }
}
