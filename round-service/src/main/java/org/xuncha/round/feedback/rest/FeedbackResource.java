package org.xuncha.round.feedback.rest;

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
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.xuncha.platform.documents.Download;
import org.xuncha.platform.documents.OfficialDocument;
import org.xuncha.platform.idempotency.Idempotent;
import org.xuncha.platform.paging.Page;
import org.xuncha.platform.security.Caller;
import org.xuncha.platform.security.Roles;
import org.xuncha.round.feedback.Feedback;
import org.xuncha.round.feedback.FeedbackOpinion;
import org.xuncha.round.feedback.Feedbacks;

@Idempotent
@Path("/feedback")
@Tag(name = "Feedback")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FeedbackResource {

    private final Feedbacks feedbacks;
    private final FeedbackOpinion opinion;
    private final Caller caller;

    public FeedbackResource(Feedbacks feedbacks, FeedbackOpinion opinion, Caller caller) {
        this.feedbacks = feedbacks;
        this.opinion = opinion;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({Roles.OFFICE, Roles.TEAM_LEADER})
    @Operation(operationId = "issueFeedback",
            summary = "Issue feedback (反馈)", description = "Feeds the findings of the approved inspection report back to the "
            + "organization and its principal leader, with the secretary's list and the accountability list. The "
            + "inspection moves to FED_BACK and FeedbackIssued opens the rectification case.")
    @APIResponse(responseCode = "201", description = "Issued; Location names the feedback",
            content = @Content(schema = @Schema(implementation = FeedbackView.class)))
    @APIResponse(responseCode = "400", description = "The inspection is not one of the caller's team")
    @APIResponse(responseCode = "403", description = "A team member who does not lead the team")
    @APIResponse(responseCode = "409", description = "The inspection is not REPORTING, or its inspection report is not approved")
    public Response issue(@NotNull @Valid FeedbackRequest request) {
        Feedback feedback = feedbacks.issue(request.inspectionId(), request.secretaryPointsOrNone(),
                request.accountabilityPointsOrNone(), caller);
        return Response.created(URI.create("/feedback/" + feedback.id()))
                .entity(FeedbackView.of(feedback, feedbacks.findingsOf(feedback))).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.OFFICE, Roles.LEADERSHIP, Roles.TEAM_LEADER, Roles.TEAM_MEMBER})
    @Operation(operationId = "readFeedback",
            summary = "Read a feedback")
    @APIResponse(responseCode = "200", description = "The feedback")
    @APIResponse(responseCode = "404", description = "No such feedback, or one of another team's inspections")
    public FeedbackView read(@PathParam("id") UUID id) {
        Feedback feedback = feedbacks.get(id, caller);
        return FeedbackView.of(feedback, feedbacks.findingsOf(feedback));
    }

    @GET
    @RolesAllowed({Roles.OFFICE, Roles.LEADERSHIP, Roles.TEAM_LEADER, Roles.TEAM_MEMBER})
    @Operation(operationId = "listFeedback",
            summary = "Find the feedback of an inspection", description = "An inspection has at most one feedback.")
    @APIResponse(responseCode = "200", description = "The inspection's feedback, or none yet")
    public Page<FeedbackView> ofInspection(@QueryParam("inspectionId") @NotNull UUID inspectionId,
            @Parameter(description = "The `next` of the previous page") @QueryParam("cursor") String cursor,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
        return Page.slice(feedbacks.ofInspection(inspectionId, caller).stream()
                .map(feedback -> FeedbackView.of(feedback, feedbacks.findingsOf(feedback))).toList(), cursor, limit);
    }

    @GET
    @Path("/{id}/opinion.docx")
    @Produces(OfficialDocument.MEDIA_TYPE)
    @RolesAllowed({Roles.OFFICE, Roles.LEADERSHIP, Roles.TEAM_LEADER, Roles.TEAM_MEMBER})
    @Operation(operationId = "downloadFeedbackOpinion",
            summary = "The feedback opinion (巡察反馈意见) as a Word document", description = "The opinion the team "
            + "hands the organization: the problems fed back by category, the secretary's points and the accountability "
            + "points counted, the rectification asked for, the team's signature and the day of issue; attached, the "
            + "problem list (问题清单), the secretary's list of persons and matters (书记点人点事清单) and the "
            + "accountability list (追责问责清单). Laid out as an official document (GB/T 9704-2012: A4, standard "
            + "margins, 方正小标宋简体 title, 仿宋_GB2312 body, page numbers). Read by those who read the feedback.")
    @APIResponse(responseCode = "200", description = "The document, as an attachment",
            headers = @Header(name = "Content-Disposition", description = Download.DESCRIPTION,
                    schema = @Schema(type = SchemaType.STRING, example = Download.EXAMPLE)),
            content = @Content(mediaType = OfficialDocument.MEDIA_TYPE,
                    schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "404", description = "No such feedback, or one of another team's inspections")
    public Response opinion(@PathParam("id") UUID id) {
        return opinion.of(id, caller).download();
    }
}
