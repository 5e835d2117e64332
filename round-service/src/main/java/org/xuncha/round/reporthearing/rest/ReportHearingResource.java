package org.xuncha.round.reporthearing.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
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
import org.xuncha.round.planning.Planning;
import org.xuncha.round.reporthearing.ReportHearing;
import org.xuncha.round.reporthearing.ReportHearings;
import org.xuncha.round.reporthearing.rest.HearingViews.BatchView;
import org.xuncha.round.reporthearing.rest.HearingViews.HearingView;

/** The leadership group hears each team within a week of its batch's end (seed 004 §12). */
@Path("/report-hearings")
@Tag(name = "Reports")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Idempotent
public class ReportHearingResource {

    private final ReportHearings hearings;
    private final Planning planning;
    private final Caller caller;

    public ReportHearingResource(ReportHearings hearings, Planning planning, Caller caller) {
        this.hearings = hearings;
        this.planning = planning;
        this.caller = caller;
    }

    @Schema(name = "ReportHearingRequest", description = "The leadership group heard a team's report")
    public record HearingRequest(
            @NotNull UUID teamId,
            @Schema(description = "Not in the future, not before the team withdrew", example = "2026-04-20")
            @NotNull @PastOrPresent LocalDate heardOn,
            @Schema(example = "县委巡察工作领导小组组长 王某") @NotBlank @Size(max = 200) String chairedBy,
            @Schema(example = "同意巡察组报告，问题线索按程序移交") @NotBlank @Size(max = 20000) String conclusions) {
    }

    @POST
    @RolesAllowed({Roles.OFFICE, Roles.LEADERSHIP})
    @Operation(operationId = "createReportHearing", summary = "Record the leadership group's hearing of a team",
            description = "Once per team and round, after the team withdrew from all its inspections of the round. "
                    + "Due within a week (`xuncha.report-hearings.within-days`) of the batch's end, the day the last "
                    + "inspection of the round withdrew; a later hearing is recorded and flagged `late`, and its batch "
                    + "is overdue.")
    @APIResponse(responseCode = "201", description = "Recorded; `Location` names it",
            content = @Content(schema = @Schema(implementation = HearingView.class)))
    @APIResponse(responseCode = "400", description = "A field breaks a rule: a day in the future or before the team "
            + "withdrew, no such team")
    @APIResponse(responseCode = "403", description = "Neither the office nor the leadership")
    @APIResponse(responseCode = "409", description = "The team is heard already, or has inspections not withdrawn")
    public Response record(@NotNull @Valid HearingRequest request) {
        ReportHearing hearing = hearings.record(request.teamId(), request.heardOn(), request.chairedBy(),
                request.conclusions(), caller);
        return Response.created(URI.create("/report-hearings/" + hearing.id()))
                .entity(HearingView.of(hearing, hearings.status(hearing.roundId()))).build();
    }

    @GET
    @RolesAllowed({Roles.OFFICE, Roles.LEADERSHIP})
    @Operation(operationId = "listReportHearings", summary = "List hearings", description = "A round's, or all, "
            + "oldest first.")
    @APIResponse(responseCode = "200", description = "A page of hearings")
    @APIResponse(responseCode = "400", description = "A bad cursor or limit")
    public Page<HearingView> list(@QueryParam("roundId") UUID roundId,
            @Parameter(description = "The `next` of the previous page") @QueryParam("cursor") @Size(max = 200) String cursor,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
        return hearings.list(roundId, cursor, limit).map(h -> HearingView.of(h, hearings.status(h.roundId())));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.OFFICE, Roles.LEADERSHIP, Roles.TEAM_LEADER})
    @Operation(operationId = "readReportHearing", summary = "Read a hearing", description = "The office, the leadership "
            + "and the leader of the team heard; anyone else gets 404.")
    @APIResponse(responseCode = "200", description = "The hearing")
    @APIResponse(responseCode = "404", description = "No such hearing, or not one the caller may read")
    public HearingView read(@PathParam("id") UUID id) {
        ReportHearing hearing = hearings.get(id, caller);
        return HearingView.of(hearing, hearings.status(hearing.roundId()));
    }

    @GET
    @Path("/batches/{roundId}")
    @RolesAllowed({Roles.OFFICE, Roles.LEADERSHIP})
    @Operation(operationId = "readBatchHearings", summary = "Read a batch's hearings",
            description = "For the round (its batch): the day it ended, the last day to hear its teams, each team's "
                    + "hearing and whether the batch is overdue.")
    @APIResponse(responseCode = "200", description = "The batch's hearings")
    @APIResponse(responseCode = "404", description = "No such round")
    public BatchView batch(@PathParam("roundId") UUID roundId) {
        return BatchView.of(planning.round(roundId), hearings.status(roundId));
    }

    @GET
    @Path("/overdue-batches")
    @RolesAllowed({Roles.OFFICE, Roles.LEADERSHIP})
    @Operation(operationId = "listOverdueBatches", summary = "List a term's overdue batches",
            description = "The rounds of the term whose teams were not all heard within a week of the batch's end, by "
                    + "number.")
    @APIResponse(responseCode = "200", description = "A page of overdue batches")
    @APIResponse(responseCode = "400", description = "A bad cursor or limit")
    @APIResponse(responseCode = "404", description = "No such term")
    public Page<BatchView> overdue(@QueryParam("termId") @NotNull UUID termId,
            @Parameter(description = "The `next` of the previous page") @QueryParam("cursor") @Size(max = 200) String cursor,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
        return hearings.overdue(termId, cursor, limit).map(row -> BatchView.of(row.round(), row.hearings()));
    }
}
