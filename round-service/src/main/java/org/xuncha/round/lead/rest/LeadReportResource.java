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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.xuncha.platform.paging.Page;
import org.xuncha.platform.security.Caller;
import org.xuncha.platform.security.Roles;
import org.xuncha.round.lead.DispositionKind;
import org.xuncha.round.lead.LeadReport;
import org.xuncha.round.lead.LeadReports;
import org.xuncha.round.lead.Leads;
import org.xuncha.round.lead.ReceivingBody;
import org.xuncha.round.lead.ReportKind;
import org.xuncha.round.liaison.Channel;

/** What the receiving bodies report on the leads transferred to them: quarterly progress, then the result. */
@Path("/lead-reports")
@Tag(name = "Leads")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LeadReportResource {

    private static final String READERS = "Whoever may read the lead: the office, the leadership, the team's leader "
            + "and the receiving body (its accounts, its system); anyone else gets 404.";

    private final LeadReports reports;
    private final Leads leads;
    private final Caller caller;

    public LeadReportResource(LeadReports reports, Leads leads, Caller caller) {
        this.reports = reports;
        this.leads = leads;
        this.caller = caller;
    }

    @Schema(name = "LeadReport", description = "A report a receiving body made on a lead, accepted and applied")
    public record LeadReportView(UUID id, UUID leadId,
            @Schema(description = "The body that reported; OTHER when the office recorded another body's report")
            ReceivingBody sender,
            @Schema(example = "纪办〔2026〕31号") String reference, ReportKind kind, Channel channel,
            @Schema(description = "For PROGRESS") String progress,
            @Schema(description = "For DISPOSITION") DispositionKind disposition, String note, Integer casesFiled,
            Integer personsSanctioned, Integer judicialTransfers, OffsetDateTime receivedAt) {

        public static LeadReportView of(LeadReport report) {
            return new LeadReportView(report.id(), report.leadId(), report.sender(), report.reference(), report.kind(),
                    report.channel(), report.progress(), report.disposition(), report.note(), report.casesFiled(),
                    report.personsSanctioned(), report.judicialTransfers(), report.receivedAt());
        }
    }

    @GET
    @RolesAllowed({Roles.OFFICE, Roles.LEADERSHIP, Roles.TEAM_LEADER, Roles.DISCIPLINE, Roles.ORGANIZATION,
            Roles.INTEGRATION})
    @Operation(operationId = "listLeadReports", summary = "List a lead's reports", description = "Its progress reports "
            + "and its result, oldest first. " + READERS)
    @APIResponse(responseCode = "200", description = "A page of reports")
    @APIResponse(responseCode = "400", description = "No `leadId`, or a bad cursor or limit")
    @APIResponse(responseCode = "404", description = "No such lead, or not one the caller may read")
    public Page<LeadReportView> list(@Parameter(description = "The lead", required = true)
            @QueryParam("leadId") @NotNull UUID leadId,
            @Parameter(description = "The `next` of the previous page") @QueryParam("cursor") @Size(max = 200) String cursor,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
        leads.readable(leadId, caller);
        return reports.of(leadId, cursor, limit).map(LeadReportView::of);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.OFFICE, Roles.LEADERSHIP, Roles.TEAM_LEADER, Roles.DISCIPLINE, Roles.ORGANIZATION,
            Roles.INTEGRATION})
    @Operation(operationId = "readLeadReport", summary = "Read a lead report", description = READERS)
    @APIResponse(responseCode = "200", description = "The report")
    @APIResponse(responseCode = "404", description = "No such report, or not one the caller may read")
    public LeadReportView read(@PathParam("id") UUID id) {
        return LeadReportView.of(reports.read(id, leadId -> leads.mayRead(leadId, caller)));
    }
}
