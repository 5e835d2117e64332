package org.xuncha.round.report.rest;

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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.OffsetDateTime;
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
import org.xuncha.platform.problem.InvalidInput;
import org.xuncha.platform.security.Caller;
import org.xuncha.platform.security.Roles;
import org.xuncha.round.report.Recommendation;
import org.xuncha.round.report.Report;
import org.xuncha.round.report.ReportKind;
import org.xuncha.round.report.ReportState;
import org.xuncha.round.report.Reports;

@Idempotent
@Path("/reports")
@Tag(name = "Reports")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReportResource {

    private final Reports reports;
    private final Caller caller;

    public ReportResource(Reports reports, Caller caller) {
        this.reports = reports;
        this.caller = caller;
    }

    @Schema(name = "ReportRequest", description = "A report to draft: an INSPECTION report of an inspection, or a TOPIC "
            + "report of a round")
    public record ReportRequest(@NotNull ReportKind kind,
            @Schema(description = "For an INSPECTION report") UUID inspectionId,
            @Schema(description = "For a TOPIC report") UUID roundId,
            @Schema(example = "关于对东岗镇党委巡察情况的报告") @NotBlank @Size(max = 300) String title,
            @NotBlank @Size(max = 200000) String body) {
    }

    @Schema(name = "ReportRevision", description = "A report's new title and body")
    public record RevisionRequest(@NotBlank @Size(max = 300) String title, @NotBlank @Size(max = 200000) String body) {
    }

    @Schema(name = "ReportReturn", description = "Why the leadership returns a report")
    public record ReturnRequest(@NotBlank @Size(max = 4000) String reason) {
    }

    @Schema(name = "RecommendationRequest", description = "A recommendation (建议) to a named department")
    public record RecommendationRequest(@Schema(example = "县财政局") @NotBlank @Size(max = 200) String department,
            @NotBlank @Size(max = 20000) String content) {
    }

    @Schema(name = "Report", description = "A report heard by the leadership group")
    public record ReportView(UUID id, ReportKind kind, UUID roundId, UUID inspectionId, String title, String body,
            ReportState state, @Schema(description = "The confirmed findings an inspection report lists") List<UUID> findingIds,
            OffsetDateTime draftedAt, OffsetDateTime submittedAt, OffsetDateTime decidedAt, String returnedReason) {

        static ReportView of(Report report) {
            return new ReportView(report.id(), report.kind(), report.roundId(), report.inspectionId(), report.title(),
                    report.body(), report.state(), report.findingIds(), report.draftedAt(), report.submittedAt(),
                    report.decidedAt(), report.returnedReason());
        }
    }

    @Schema(name = "Recommendation", description = "A recommendation to a named department")
    public record RecommendationView(UUID id, UUID reportId, String department, String content, OffsetDateTime issuedAt) {

        static RecommendationView of(Recommendation recommendation) {
            return new RecommendationView(recommendation.id(), recommendation.reportId(), recommendation.department(),
                    recommendation.content(), recommendation.issuedAt());
        }
    }

    @POST
    @RolesAllowed({Roles.OFFICE, Roles.TEAM_LEADER})
    @Operation(operationId = "draftReport",
            summary = "Draft a report", description = "The inspection report, by the team's leader once the team has "
            + "withdrawn (one per inspection); a topic report of a round, by the office.")
    @APIResponse(responseCode = "201", description = "Drafted",
            content = @Content(schema = @Schema(implementation = ReportView.class)))
    @APIResponse(responseCode = "403", description = "Not the team's leader, or not the office")
    @APIResponse(responseCode = "409", description = "The inspection already has its report, or is not REPORTING")
    public Response draft(@NotNull @Valid ReportRequest request) {
        Report report = switch (request.kind()) {
            case INSPECTION -> {
                if (request.inspectionId() == null) {
                    throw InvalidInput.of("inspectionId", "is required for an INSPECTION report");
                }
                yield reports.draftInspectionReport(request.inspectionId(), request.title(), request.body(), caller);
            }
            case TOPIC -> {
                if (request.roundId() == null) {
                    throw InvalidInput.of("roundId", "is required for a TOPIC report");
                }
                yield reports.draftTopicReport(request.roundId(), request.title(), request.body(), caller);
            }
        };
        return Response.created(URI.create("/reports/" + report.id())).entity(ReportView.of(report)).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.OFFICE, Roles.TEAM_LEADER})
    @Operation(operationId = "reviseReport",
            summary = "Revise a report", description = "While DRAFT or RETURNED.")
    @APIResponse(responseCode = "200", description = "Revised")
    @APIResponse(responseCode = "403", description = "Not the report's author")
    @APIResponse(responseCode = "404", description = "No such report")
    @APIResponse(responseCode = "409", description = "The report is SUBMITTED or APPROVED")
    public ReportView revise(@PathParam("id") UUID id, @NotNull @Valid RevisionRequest request) {
        return ReportView.of(reports.revise(id, request.title(), request.body(), caller));
    }

    @POST
    @Path("/{id}/submission")
    @RolesAllowed({Roles.OFFICE, Roles.TEAM_LEADER})
    @Operation(operationId = "submitReport",
            summary = "Submit a report to the leadership", description = "DRAFT or RETURNED to SUBMITTED; an "
            + "inspection report then lists the inspection's confirmed findings.")
    @APIResponse(responseCode = "200", description = "Submitted")
    @APIResponse(responseCode = "403", description = "Not the report's author")
    @APIResponse(responseCode = "404", description = "No such report")
    @APIResponse(responseCode = "409", description = "The report is already SUBMITTED or APPROVED")
    public ReportView submit(@PathParam("id") UUID id) {
        return ReportView.of(reports.submit(id, caller));
    }

    @POST
    @Path("/{id}/approval")
    @RolesAllowed({Roles.LEADERSHIP})
    @Operation(operationId = "approveReport",
            summary = "Approve a report", description = "SUBMITTED to APPROVED, by the leadership group.")
    @APIResponse(responseCode = "200", description = "Approved")
    @APIResponse(responseCode = "404", description = "No such report")
    @APIResponse(responseCode = "409", description = "The report is not SUBMITTED")
    public ReportView approve(@PathParam("id") UUID id) {
        return ReportView.of(reports.approve(id, caller));
    }

    @POST
    @Path("/{id}/return")
    @RolesAllowed({Roles.LEADERSHIP})
    @Operation(operationId = "returnReport",
            summary = "Return a report", description = "SUBMITTED to RETURNED, with the reason, to be revised.")
    @APIResponse(responseCode = "200", description = "Returned")
    @APIResponse(responseCode = "404", description = "No such report")
    @APIResponse(responseCode = "409", description = "The report is not SUBMITTED")
    public ReportView sendBack(@PathParam("id") UUID id, @NotNull @Valid ReturnRequest request) {
        return ReportView.of(reports.sendBack(id, request.reason(), caller));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.OFFICE, Roles.LEADERSHIP, Roles.TEAM_LEADER, Roles.TEAM_MEMBER})
    @Operation(operationId = "readReport",
            summary = "Read a report")
    @APIResponse(responseCode = "200", description = "The report")
    @APIResponse(responseCode = "404", description = "No such report, or not one the caller may read")
    public ReportView read(@PathParam("id") UUID id) {
        return ReportView.of(reports.get(id, caller));
    }

    @GET
    @RolesAllowed({Roles.OFFICE, Roles.LEADERSHIP, Roles.TEAM_LEADER, Roles.TEAM_MEMBER})
    @Operation(operationId = "listReports",
            summary = "List a round's reports", description = "Those the caller may read.")
    @APIResponse(responseCode = "200", description = "The reports, oldest first")
    public Page<ReportView> ofRound(@QueryParam("roundId") @NotNull UUID roundId,
            @Parameter(description = "The `next` of the previous page") @QueryParam("cursor") String cursor,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
        return Page.slice(reports.ofRound(roundId, caller).stream().map(ReportView::of).toList(), cursor, limit);
    }

    @POST
    @Path("/{id}/recommendations")
    @RolesAllowed({Roles.OFFICE, Roles.LEADERSHIP})
    @Operation(operationId = "recommendToDepartment",
            summary = "Issue a recommendation", description = "Of an approved report, to a named department (建议).")
    @APIResponse(responseCode = "201", description = "Issued",
            content = @Content(schema = @Schema(implementation = RecommendationView.class)))
    @APIResponse(responseCode = "404", description = "No such report")
    @APIResponse(responseCode = "409", description = "The report is not APPROVED")
    public Response recommend(@PathParam("id") UUID id, @NotNull @Valid RecommendationRequest request) {
        return Response.status(201).entity(RecommendationView.of(
                reports.recommend(id, request.department(), request.content(), caller))).build();
    }

    @GET
    @Path("/{id}/recommendations")
    @RolesAllowed({Roles.OFFICE, Roles.LEADERSHIP, Roles.TEAM_LEADER, Roles.TEAM_MEMBER})
    @Operation(operationId = "listRecommendations",
            summary = "List a report's recommendations")
    @APIResponse(responseCode = "200", description = "The recommendations")
    @APIResponse(responseCode = "404", description = "No such report, or not one the caller may read")
    public Page<RecommendationView> recommendations(@PathParam("id") UUID id,
            @Parameter(description = "The `next` of the previous page") @QueryParam("cursor") String cursor,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
        return Page.slice(reports.recommendationsOf(reports.get(id, caller).id()).stream().map(RecommendationView::of).toList(), cursor, limit);
    }
}
