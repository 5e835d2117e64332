package org.xuncha.round.lead.rest;

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
import java.time.OffsetDateTime;
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
import org.xuncha.round.lead.Disposition;
import org.xuncha.round.lead.DispositionKind;
import org.xuncha.round.lead.Lead;
import org.xuncha.round.lead.LeadReports;
import org.xuncha.round.lead.LeadState;
import org.xuncha.round.lead.Leads;
import org.xuncha.round.lead.ReceivingBody;

@Idempotent
@Path("/leads")
@Tag(name = "Leads")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LeadResource {

    private static final String READERS = "Confidential: the office, the leadership, the team's leader and, once "
            + "transferred, the receiving body; for anyone else it does not exist (404).";

    private final Leads leads;
    private final LeadReports reports;
    private final Caller caller;

    public LeadResource(Leads leads, LeadReports reports, Caller caller) {
        this.leads = leads;
        this.reports = reports;
        this.caller = caller;
    }

    @Schema(name = "LeadRequest", description = "A lead the team received (受理)")
    public record LeadRequest(@NotNull UUID inspectionId,
            @Schema(description = "Confidential") @NotBlank @Size(max = 20000) String summary,
            @Schema(description = "Persons it concerns; confidential") @Size(max = 1000) String persons,
            @Schema(example = "个别谈话") @NotBlank @Size(max = 100) String source) {
    }

    @Schema(name = "LeadAssessment", description = "The team leader's assessment (研判)")
    public record AssessmentRequest(@NotBlank @Size(max = 20000) String assessment) {
    }

    @Schema(name = "LeadTransfer", description = "Where the office hands the lead (移交)")
    public record TransferRequest(@NotNull ReceivingBody body,
            @Schema(description = "Required for OTHER", example = "县审计局") @Size(max = 200) String bodyName) {
    }

    @Schema(name = "LeadDisposition", description = "What the receiving body did (办理结果); settles the lead")
    public record DispositionRequest(
            @Schema(description = "The sender's own reference of the report (its document number or record id): "
                    + "the same reference with the same content again changes nothing, with other content it is "
                    + "refused", example = "纪办〔2026〕58号") @NotBlank @Size(max = 100) String reference,
            @NotNull DispositionKind kind, @Size(max = 20000) String note,
            @NotNull @Min(0) @Max(10000) Integer casesFiled, @NotNull @Min(0) @Max(10000) Integer personsSanctioned,
            @NotNull @Min(0) @Max(10000) Integer judicialTransfers) {
    }

    @Schema(name = "LeadProgressReport", description = "A quarterly report on a transferred lead (办理情况)")
    public record ProgressRequest(
            @Schema(description = "The sender's own reference of the report (its document number or record id): the "
                    + "same reference with the same content again changes nothing, with other content it is refused",
                    example = "纪办〔2026〕31号") @NotBlank @Size(max = 100) String reference,
            @Schema(description = "How the handling stands", example = "已初步核实，正在调取账目")
            @NotBlank @Size(max = 20000) String progress) {
    }

    @Schema(name = "Lead", description = "A lead (问题线索); confidential")
    public record LeadView(UUID id, UUID inspectionId, UUID teamId, UUID organizationId, String summary, String persons,
            String source, LeadState state, boolean overdue, OffsetDateTime receivedAt, String assessment,
            OffsetDateTime assessedAt, OffsetDateTime reportedAt, OffsetDateTime transferredAt,
            ReceivingBody transferredTo, String receivingBody, OffsetDateTime disposedAt, DispositionKind disposition,
            String dispositionNote, Integer casesFiled, Integer personsSanctioned, Integer judicialTransfers,
            OffsetDateTime archivedAt,
            @Schema(description = "When the receiving body last reported on the lead") OffsetDateTime lastReportAt,
            @Schema(description = "When its next report is due (a quarter after the transfer or the last report); "
                    + "absent once settled") OffsetDateTime reportDueAt) {

        static LeadView of(Lead lead, boolean overdue) {
            return new LeadView(lead.id(), lead.inspectionId(), lead.teamId(), lead.organizationId(), lead.summary(),
                    lead.persons(), lead.source(), lead.state(), overdue, lead.receivedAt(), lead.assessment(),
                    lead.assessedAt(), lead.reportedAt(), lead.transferredAt(), lead.transferredTo(),
                    lead.receivingBody(), lead.disposedAt(), lead.disposition(), lead.dispositionNote(),
                    lead.casesFiled(), lead.personsSanctioned(), lead.judicialTransfers(), lead.archivedAt(),
                    lead.lastReportAt(), lead.reportDueAt());
        }
    }

    @POST
    @RolesAllowed({Roles.TEAM_LEADER, Roles.TEAM_MEMBER})
    @Operation(operationId = "receiveLead", summary = "Receive a lead (受理)", description = "By a member of the inspecting team, while stationed or reporting.")
    @APIResponse(responseCode = "201", description = "Received",
            content = @Content(schema = @Schema(implementation = LeadView.class)))
    @APIResponse(responseCode = "409", description = "The inspection takes no leads in its state")
    public Response receive(@NotNull @Valid LeadRequest request) {
        Lead lead = leads.receive(request.inspectionId(), request.summary(), request.persons(), request.source(), caller);
        return Response.created(URI.create("/leads/" + lead.id())).entity(view(lead)).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.OFFICE, Roles.LEADERSHIP, Roles.TEAM_LEADER, Roles.TEAM_MEMBER, Roles.DISCIPLINE,
            Roles.ORGANIZATION, Roles.INTEGRATION})
    @Operation(operationId = "readLead", summary = "Read a lead", description = READERS)
    @APIResponse(responseCode = "200", description = "The lead")
    @APIResponse(responseCode = "404", description = "No such lead, or not one the caller may read")
    public LeadView read(@PathParam("id") UUID id) {
        return view(leads.read(id, caller));
    }

    @GET
    @RolesAllowed({Roles.OFFICE, Roles.LEADERSHIP, Roles.TEAM_LEADER, Roles.TEAM_MEMBER, Roles.DISCIPLINE,
            Roles.ORGANIZATION, Roles.INTEGRATION})
    @Operation(operationId = "listLeads", summary = "List leads", description = "The leads the caller may read, by "
            + "inspection, term and state, oldest first; `overdue=true` keeps the transferred ones without a report "
            + "from the receiving body in the last quarter (每季度反馈一次). The commission's and the department's "
            + "systems (INTEGRATION with `system`) read the leads transferred to their body, and only those.")
    @APIResponse(responseCode = "200", description = "A page of leads")
    public Page<LeadView> list(@QueryParam("inspectionId") UUID inspectionId, @QueryParam("termId") UUID termId,
            @QueryParam("state") LeadState state, @QueryParam("overdue") boolean overdue,
            @QueryParam("cursor") String cursor, @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
        return leads.list(inspectionId, termId, state, overdue, cursor, limit, caller).map(this::view);
    }

    @POST
    @Path("/{id}/assessment")
    @RolesAllowed({Roles.TEAM_LEADER})
    @Operation(operationId = "assessLead", summary = "Assess a lead (研判)", description = "RECEIVED to ASSESSED, by the team's leader.")
    @APIResponse(responseCode = "200", description = "Assessed")
    @APIResponse(responseCode = "404", description = "No such lead, or not one the caller may read")
    @APIResponse(responseCode = "409", description = "The lead is not RECEIVED")
    public LeadView assess(@PathParam("id") UUID id, @NotNull @Valid AssessmentRequest request) {
        return view(leads.assess(id, request.assessment(), caller));
    }

    @POST
    @Path("/{id}/report")
    @RolesAllowed({Roles.TEAM_LEADER})
    @Operation(operationId = "reportLead", summary = "Report a lead", description = "ASSESSED to REPORTED, by the team's leader.")
    @APIResponse(responseCode = "200", description = "Reported")
    @APIResponse(responseCode = "404", description = "No such lead, or not one the caller may read")
    @APIResponse(responseCode = "409", description = "The lead is not ASSESSED")
    public LeadView report(@PathParam("id") UUID id) {
        return view(leads.report(id, caller));
    }

    @POST
    @Path("/{id}/transfer")
    @RolesAllowed({Roles.OFFICE})
    @Operation(operationId = "transferLead", summary = "Transfer a lead (移交)", description = "REPORTED to "
            + "TRANSFERRED, by the office, to a named body. The discipline commission and the organization department "
            + "get `LeadTransferred` on their topic and feed; their first report is due a quarter later.")
    @APIResponse(responseCode = "200", description = "Transferred")
    @APIResponse(responseCode = "404", description = "No such lead")
    @APIResponse(responseCode = "409", description = "The lead is not REPORTED")
    public LeadView transfer(@PathParam("id") UUID id, @NotNull @Valid TransferRequest request) {
        return view(leads.transfer(id, request.body(), request.bodyName(), caller));
    }

    @POST
    @Path("/{id}/disposition")
    @RolesAllowed({Roles.DISCIPLINE, Roles.ORGANIZATION, Roles.INTEGRATION, Roles.OFFICE})
    @Operation(operationId = "disposeLead", summary = "Report a disposition (办理结果)", description = "TRANSFERRED to "
            + "DISPOSED, by the receiving body (its accounts or its system; the office for other bodies), once per "
            + "`reference`: the same report again answers the lead as it is and changes nothing. A result for a lead "
            + "the sender may not know (404), or one that contradicts the settled result, another result after it or "
            + "a reference used for other content (409 `report-refused` with `reason` and `refusalId`) is refused, "
            + "recorded in `/report-refusals` and not applied.")
    @APIResponse(responseCode = "200", description = "Disposed (or the same report again); the lead")
    @APIResponse(responseCode = "400", description = "A field breaks a rule")
    @APIResponse(responseCode = "403", description = "Not the receiving body")
    @APIResponse(responseCode = "404", description = "No such lead, or not one the caller may read; recorded as a refusal")
    @APIResponse(responseCode = "409", description = "Refused (`report-refused`), or the lead is not transferred yet")
    public LeadView dispose(@PathParam("id") UUID id, @NotNull @Valid DispositionRequest request) {
        return view(LeadReports.appliedOrThrow(reports.disposition(LeadReports.Sender.of(caller), id,
                request.reference().trim(), new Disposition(request.kind(), request.note(), request.casesFiled(),
                        request.personsSanctioned(), request.judicialTransfers()))).lead());
    }

    @POST
    @Path("/{id}/progress-reports")
    @RolesAllowed({Roles.DISCIPLINE, Roles.ORGANIZATION, Roles.INTEGRATION, Roles.OFFICE})
    @Operation(operationId = "reportLeadProgress", summary = "Report progress on a lead (办理情况)", description = "The "
            + "receiving body's quarterly report (its accounts or its system; the office for other bodies), while the "
            + "lead is TRANSFERRED; the next report is due a quarter later. Once per `reference`: the same report "
            + "again answers 200 with the report and changes nothing. A report on a lead the sender may not know "
            + "(404), on a settled lead, or under a reference used for other content (409 `report-refused` with "
            + "`reason` and `refusalId`) is refused, recorded in `/report-refusals` and not applied.")
    @APIResponse(responseCode = "201", description = "Recorded; `Location` names the report",
            content = @Content(schema = @Schema(implementation = LeadReportResource.LeadReportView.class)))
    @APIResponse(responseCode = "200", description = "The same report came before; nothing changed",
            content = @Content(schema = @Schema(implementation = LeadReportResource.LeadReportView.class)))
    @APIResponse(responseCode = "400", description = "A field breaks a rule")
    @APIResponse(responseCode = "403", description = "Not a receiving body")
    @APIResponse(responseCode = "404", description = "No such lead, or not one transferred to the sender; recorded as a refusal")
    @APIResponse(responseCode = "409", description = "Refused (`report-refused`), or the lead is not transferred yet")
    public Response reportProgress(@PathParam("id") UUID id, @NotNull @Valid ProgressRequest request) {
        LeadReports.Applied applied = LeadReports.appliedOrThrow(
                reports.progress(LeadReports.Sender.of(caller), id, request.reference().trim(), request.progress()));
        LeadReportResource.LeadReportView view = LeadReportResource.LeadReportView.of(applied.report());
        return applied.replayed() ? Response.ok(view).build()
                : Response.created(URI.create("/lead-reports/" + view.id())).entity(view).build();
    }

    @POST
    @Path("/{id}/archive")
    @RolesAllowed({Roles.OFFICE})
    @Operation(operationId = "archiveLead", summary = "Archive a lead (归档)", description = "DISPOSED to ARCHIVED, by the office.")
    @APIResponse(responseCode = "200", description = "Archived")
    @APIResponse(responseCode = "404", description = "No such lead")
    @APIResponse(responseCode = "409", description = "The lead is not DISPOSED")
    public LeadView archive(@PathParam("id") UUID id) {
        return view(leads.archive(id, caller));
    }

    private LeadView view(Lead lead) {
        return LeadView.of(lead, leads.isOverdue(lead));
    }
}
