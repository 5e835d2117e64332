package org.xuncha.round.preparation.rest;

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
import org.xuncha.round.preparation.InfoRequest;
import org.xuncha.round.preparation.InfoRequestState;
import org.xuncha.round.preparation.InfoRequests;
import org.xuncha.round.preparation.PartnerDepartment;

@Idempotent
@Path("/info-requests")
@Tag(name = "Preparation")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class InfoRequestResource {

    private final InfoRequests infoRequests;
    private final Caller caller;

    public InfoRequestResource(InfoRequests infoRequests, Caller caller) {
        this.infoRequests = infoRequests;
        this.caller = caller;
    }

    @Schema(name = "InfoRequestRequest", description = "An info request (函询) to send")
    public record SendRequest(
            @NotNull UUID inspectionId,
            @Schema(example = "DISCIPLINE_COMMISSION") @NotNull PartnerDepartment department,
            @Schema(example = "被巡察单位领导班子成员问题线索及处置情况") @Size(max = 500) String subject,
            @Schema(example = "2026-03-10") @NotNull LocalDate dueOn) {
    }

    @Schema(name = "InfoRequestAnswer", description = "A partner department's answer")
    public record AnswerRequest(
            @Schema(description = "Pieces of material provided", example = "12") @NotNull @Min(0) @Max(1000000) Integer materialCount,
            @Schema(description = "Confidential (按机密件办理)") @NotBlank @Size(max = 20000) String confidentialSummary) {
    }

    @Schema(name = "InfoRequest", description = "An info request and, once answered, its confidential answer")
    public record InfoRequestView(UUID id, UUID inspectionId, PartnerDepartment department, String subject,
            InfoRequestState state, LocalDate sentOn, LocalDate dueOn, LocalDate answeredOn, Integer materialCount,
            String confidentialSummary) {

        static InfoRequestView of(InfoRequest request) {
            return new InfoRequestView(request.id(), request.inspectionId(), request.department(), request.subject(),
                    request.state(), request.sentOn(), request.dueOn(), request.answeredOn(), request.materialCount(),
                    request.confidentialSummary());
        }
    }

    @POST
    @RolesAllowed({Roles.OFFICE})
    @Operation(operationId = "sendInfoRequest",
            summary = "Send an info request (函询)", description = "To a partner department, before stationing; one "
            + "per department and inspection.")
    @APIResponse(responseCode = "201", description = "Sent; Location names the request",
            content = @Content(schema = @Schema(implementation = InfoRequestView.class)))
    @APIResponse(responseCode = "409", description = "Already sent to that department, or the inspection is past preparing")
    public Response send(@NotNull @Valid SendRequest request) {
        InfoRequest sent = infoRequests.send(request.inspectionId(), request.department(), request.subject(), request.dueOn());
        return Response.created(URI.create("/info-requests/" + sent.id())).entity(InfoRequestView.of(sent)).build();
    }

    @POST
    @Path("/{id}/answer")
    @RolesAllowed({Roles.OFFICE, Roles.INTEGRATION})
    @Operation(operationId = "answerInfoRequest",
            summary = "Record the answer", description = "The material count and a confidential summary.")
    @APIResponse(responseCode = "200", description = "Answered")
    @APIResponse(responseCode = "404", description = "No such info request")
    @APIResponse(responseCode = "409", description = "Already answered")
    public InfoRequestView answer(@PathParam("id") UUID id, @NotNull @Valid AnswerRequest answer) {
        return InfoRequestView.of(infoRequests.answer(id, answer.materialCount(), answer.confidentialSummary(), caller));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.OFFICE, Roles.LEADERSHIP, Roles.TEAM_LEADER, Roles.TEAM_MEMBER})
    @Operation(operationId = "readInfoRequest",
            summary = "Read an info request", description = "Confidential: the office, the leadership and the "
            + "inspecting team only; for anyone else it does not exist.")
    @APIResponse(responseCode = "200", description = "The request and its answer")
    @APIResponse(responseCode = "404", description = "No such info request, or not one the caller may read")
    public InfoRequestView read(@PathParam("id") UUID id) {
        return InfoRequestView.of(infoRequests.get(id, caller));
    }

    @GET
    @RolesAllowed({Roles.OFFICE, Roles.LEADERSHIP, Roles.TEAM_LEADER, Roles.TEAM_MEMBER})
    @Operation(operationId = "listInfoRequests",
            summary = "List an inspection's info requests", description = "Confidential, like reading one.")
    @APIResponse(responseCode = "200", description = "The requests by department")
    @APIResponse(responseCode = "404", description = "No such inspection, or not the caller's team's")
    public Page<InfoRequestView> ofInspection(@QueryParam("inspectionId") @NotNull UUID inspectionId,
            @Parameter(description = "The `next` of the previous page") @QueryParam("cursor") String cursor,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
        return infoRequests.ofInspection(inspectionId, cursor, limit, caller).map(InfoRequestView::of);
    }
}
