package org.xuncha.round.inspection.rest;

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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.xuncha.platform.documents.Download;
import org.xuncha.platform.documents.OfficialDocument;
import org.xuncha.platform.idempotency.Idempotent;
import org.xuncha.platform.paging.Page;
import org.xuncha.platform.security.Caller;
import org.xuncha.platform.security.Roles;
import org.xuncha.round.avoidance.rest.OverrideDto;
import org.xuncha.round.inspection.Inspection;
import org.xuncha.round.inspection.InspectionFilter;
import org.xuncha.round.inspection.InspectionState;
import org.xuncha.round.inspection.Inspections;
import org.xuncha.round.preparation.Missing;
import org.xuncha.round.report.ReportSkeleton;

@Idempotent
@Path("/inspections")
@Tag(name = "Inspections")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class InspectionResource {

    private final Inspections inspections;
    private final ReportSkeleton skeleton;
    private final Caller caller;

    public InspectionResource(Inspections inspections, ReportSkeleton skeleton, Caller caller) {
        this.inspections = inspections;
        this.skeleton = skeleton;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({Roles.OFFICE, Roles.LEADERSHIP})
    @Operation(operationId = "planInspection",
            summary = "Plan an inspection", description = "The team inspects the organization in the team's round, "
            + "and extends to the organizations below it named. The team's members are checked for avoidance against "
            + "all of them; a conflict is refused unless LEADERSHIP overrides it with a written reason.")
    @APIResponse(responseCode = "201", description = "Planned; Location names the inspection",
            content = @Content(schema = @Schema(implementation = InspectionView.class)))
    @APIResponse(responseCode = "403", description = "An override by someone other than LEADERSHIP")
    @APIResponse(responseCode = "409", description = "Already inspected in this round, or an avoidance conflict")
    public Response plan(@NotNull @Valid InspectionRequest request) {
        Inspection inspection = inspections.plan(request.teamId(), request.organizationId(), request.extensionsOrNone(),
                OverrideDto.toRequest(request.override()), caller);
        return Response.created(URI.create("/inspections/" + inspection.id()))
                .entity(InspectionView.of(inspection)).build();
    }

    @GET
    @RolesAllowed({Roles.OFFICE, Roles.LEADERSHIP, Roles.TEAM_LEADER, Roles.TEAM_MEMBER})
    @Operation(operationId = "listInspections",
            summary = "List inspections", description = "By round, team, organization and state, oldest first. Team "
            + "members see only their own team's.")
    @APIResponse(responseCode = "200", description = "A page of inspections")
    public Page<InspectionView> list(@QueryParam("roundId") UUID roundId, @QueryParam("teamId") UUID teamId,
            @QueryParam("organizationId") UUID organizationId, @QueryParam("state") InspectionState state,
            @QueryParam("cursor") String cursor, @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
        return inspections.list(new InspectionFilter(roundId, teamId, organizationId, state), cursor, limit, caller)
                .map(InspectionView::of);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.OFFICE, Roles.LEADERSHIP, Roles.TEAM_LEADER, Roles.TEAM_MEMBER})
    @Operation(operationId = "readInspection",
            summary = "Read an inspection", description = "Team members read only their own team's.")
    @APIResponse(responseCode = "200", description = "The inspection")
    @APIResponse(responseCode = "404", description = "No such inspection, or not the caller's team's")
    public InspectionView read(@PathParam("id") UUID id) {
        return InspectionView.of(inspections.get(id, caller));
    }

    @POST
    @Path("/{id}/extensions")
    @RolesAllowed({Roles.OFFICE, Roles.LEADERSHIP})
    @Operation(operationId = "extendInspection",
            summary = "Extend an inspection (延伸)", description = "To organizations below the inspected one, "
            + "checked for avoidance like planning.")
    @APIResponse(responseCode = "200", description = "The inspection with its extensions")
    @APIResponse(responseCode = "403", description = "An override by someone other than LEADERSHIP")
    @APIResponse(responseCode = "404", description = "No such inspection")
    @APIResponse(responseCode = "409", description = "The inspection is past stationing, or an avoidance conflict")
    public InspectionView extend(@PathParam("id") UUID id, @NotNull @Valid ExtensionRequest request) {
        return InspectionView.of(inspections.extend(id, request.extensions(), OverrideDto.toRequest(request.override()),
                caller));
    }

    @POST
    @Path("/{id}/preparation")
    @RolesAllowed({Roles.OFFICE})
    @Operation(operationId = "startPreparation",
            summary = "Start preparing", description = "PLANNED to PREPARING.")
    @APIResponse(responseCode = "200", description = "The inspection, now PREPARING")
    @APIResponse(responseCode = "404", description = "No such inspection")
    @APIResponse(responseCode = "409", description = "The inspection is not PLANNED")
    public InspectionView startPreparing(@PathParam("id") UUID id) {
        return InspectionView.of(inspections.startPreparing(id));
    }

    @Schema(name = "Preparation", description = "What stationing still needs")
    public record PreparationView(@Schema(description = "True when nothing is missing") boolean ready, List<Missing> missing) {
    }

    @GET
    @Path("/{id}/preparation")
    @RolesAllowed({Roles.OFFICE, Roles.LEADERSHIP, Roles.TEAM_LEADER, Roles.TEAM_MEMBER})
    @Operation(operationId = "readPreparation",
            summary = "What stationing still needs", description = "The team's leader, info requests sent and answered, "
            + "every member trained and both commitments signed, no avoidance conflict left, no member stationed "
            + "elsewhere.")
    @APIResponse(responseCode = "200", description = "The checklist")
    @APIResponse(responseCode = "404", description = "No such inspection, or not the caller's team's")
    public PreparationView preparation(@PathParam("id") UUID id) {
        List<Missing> missing = inspections.preparation(id, caller);
        return new PreparationView(missing.isEmpty(), missing);
    }

    @POST
    @Path("/{id}/station")
    @RolesAllowed({Roles.OFFICE})
    @Operation(operationId = "stationInspection",
            summary = "Station the team (进驻)", description = "PREPARING to STATIONED, refused with a problem listing "
            + "everything still missing (`missing`) until nothing is. Stationing covers the organization, and the "
            + "villages the inspection extends to, for the term.")
    @APIResponse(responseCode = "200", description = "The inspection, now STATIONED")
    @APIResponse(responseCode = "404", description = "No such inspection")
    @APIResponse(responseCode = "409", description = "The inspection is not PREPARING, or preparation is incomplete")
    public InspectionView station(@PathParam("id") UUID id) {
        return InspectionView.of(inspections.station(id));
    }

    @POST
    @Path("/{id}/withdrawal")
    @RolesAllowed({Roles.OFFICE})
    @Operation(operationId = "withdrawInspection",
            summary = "Withdraw the team (撤离)", description = "STATIONED to REPORTING.")
    @APIResponse(responseCode = "200", description = "The inspection, now REPORTING")
    @APIResponse(responseCode = "404", description = "No such inspection")
    @APIResponse(responseCode = "409", description = "The inspection is not STATIONED")
    public InspectionView withdraw(@PathParam("id") UUID id) {
        return InspectionView.of(inspections.withdraw(id));
    }

    @GET
    @Path("/{id}/report-skeleton.docx")
    @Produces(OfficialDocument.MEDIA_TYPE)
    @RolesAllowed({Roles.OFFICE, Roles.LEADERSHIP, Roles.TEAM_LEADER, Roles.TEAM_MEMBER})
    @Operation(operationId = "downloadInspectionReportSkeleton",
            summary = "The skeleton of the inspection report (巡察报告) as a Word document", description = "The headings "
            + "an inspection report has, with the inspection's confirmed findings under 巡察发现的主要问题, grouped by "
            + "category in the order of the taxonomy and counted, and 【巡察组填写】 where the team writes its own text. "
            + "Once the inspection report is submitted, the findings it lists; before, those confirmed so far. Laid out "
            + "as an official document (GB/T 9704-2012). Read by those who read the inspection's findings.")
    @APIResponse(responseCode = "200", description = "The document, as an attachment",
            headers = @Header(name = "Content-Disposition", description = Download.DESCRIPTION,
                    schema = @Schema(type = SchemaType.STRING, example = Download.EXAMPLE)),
            content = @Content(mediaType = OfficialDocument.MEDIA_TYPE,
                    schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "404", description = "No such inspection, or not the caller's team's")
    public Response reportSkeleton(@PathParam("id") UUID id) {
        return skeleton.of(id, caller).download();
    }
}
