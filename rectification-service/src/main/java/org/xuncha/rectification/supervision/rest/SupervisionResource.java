package org.xuncha.rectification.supervision.rest;

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
import java.util.List;
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
import org.xuncha.rectification.supervision.SupervisionCampaign;
import org.xuncha.rectification.supervision.Supervisions;
import org.xuncha.rectification.supervision.rest.SupervisionRequests.CampaignRequest;
import org.xuncha.rectification.supervision.rest.SupervisionRequests.EvaluationRequest;
import org.xuncha.rectification.supervision.rest.SupervisionViews.CampaignView;
import org.xuncha.rectification.supervision.rest.SupervisionViews.EvaluationView;

/** Supervision campaigns (整改督查) and their evaluations of cases. */
@Idempotent
@Path("/supervisions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Supervision")
public class SupervisionResource {

    private final Supervisions supervisions;
    private final Caller caller;

    public SupervisionResource(Supervisions supervisions, Caller caller) {
        this.supervisions = supervisions;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.OFFICE, Roles.LEADERSHIP})
    @Operation(operationId = "startSupervision",
            summary = "Start a supervision campaign")
    @APIResponse(responseCode = "201", description = "Created; Location names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CampaignView.class)))
    @APIResponse(responseCode = "403", description = "Only the office runs campaigns")
    public RestResponse<CampaignView> create(@Valid @NotNull CampaignRequest request) {
        SupervisionCampaign campaign = supervisions.create(request.name(), request.startsOn(), request.endsOn(),
                request.scope(), caller);
        return Created.at("/supervisions/" + campaign.id(), CampaignView.of(campaign));
    }

    @GET
    @RolesAllowed({Roles.OFFICE, Roles.LEADERSHIP, Roles.DISCIPLINE, Roles.ORGANIZATION, Roles.UNIT,
            Roles.LEADER_IN_CHARGE})
    @Operation(operationId = "listSupervisions",
            summary = "List supervision campaigns", description = "Newest first.")
    @APIResponse(responseCode = "200", description = "A page of campaigns")
    public Page<CampaignView> list(
            @Parameter(description = "The `next` of the previous page") @QueryParam("cursor") String cursor,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
        return supervisions.list(cursor, limit).map(CampaignView::of);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.OFFICE, Roles.LEADERSHIP, Roles.DISCIPLINE, Roles.ORGANIZATION, Roles.UNIT,
            Roles.LEADER_IN_CHARGE})
    @Operation(operationId = "readSupervision",
            summary = "Read a supervision campaign")
    @APIResponse(responseCode = "200", description = "The campaign")
    @APIResponse(responseCode = "404", description = "No such campaign")
    public CampaignView read(@PathParam("id") UUID id) {
        return CampaignView.of(supervisions.get(id));
    }

    @POST
    @Path("/{id}/evaluations")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.OFFICE, Roles.LEADERSHIP})
    @Operation(operationId = "evaluateRectification",
            summary = "Record a campaign's evaluation of a case", description = "Once per case and campaign, with "
            + "when it was fed back to the organization and the discipline body and copied to the leader in charge "
            + "(双反馈一抄告); closed items found back are reopened (LedgerItemReopened).")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EvaluationView.class)))
    @APIResponse(responseCode = "403", description = "Only the office records evaluations")
    @APIResponse(responseCode = "404", description = "No such campaign or case")
    @APIResponse(responseCode = "409", description = "Already evaluated in this campaign, the case is not signed off, "
            + "or an item to reopen is not closed")
    public RestResponse<EvaluationView> evaluate(@PathParam("id") UUID id, @Valid @NotNull EvaluationRequest request) {
        EvaluationView recorded = EvaluationView.of(supervisions.evaluate(id, request.toRecord(), caller));
        return Created.at("/supervisions/" + id + "/evaluations", recorded);
    }

    @GET
    @Path("/{id}/evaluations")
    @RolesAllowed({Roles.OFFICE, Roles.LEADERSHIP, Roles.DISCIPLINE, Roles.ORGANIZATION, Roles.UNIT,
            Roles.LEADER_IN_CHARGE})
    @Operation(operationId = "listSupervisionEvaluations",
            summary = "List a campaign's evaluations", description = "Those of the cases the caller may see.")
    @APIResponse(responseCode = "200", description = "The evaluations")
    @APIResponse(responseCode = "404", description = "No such campaign")
    public Page<EvaluationView> evaluations(@PathParam("id") UUID id,
            @Parameter(description = "The `next` of the previous page") @QueryParam("cursor") String cursor,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
        return Page.slice(supervisions.evaluations(id, caller).stream().map(EvaluationView::of).toList(), cursor, limit);
    }
}
