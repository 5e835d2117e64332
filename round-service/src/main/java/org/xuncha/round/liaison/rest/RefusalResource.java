package org.xuncha.round.liaison.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.xuncha.platform.paging.Page;
import org.xuncha.platform.security.Caller;
import org.xuncha.platform.security.Roles;
import org.xuncha.round.lead.ReceivingBody;
import org.xuncha.round.liaison.Channel;
import org.xuncha.round.liaison.RefusalReason;
import org.xuncha.round.liaison.Refusals;
import org.xuncha.round.liaison.ReportRefusal;
import org.xuncha.round.liaison.ReportType;

/** What the receiving bodies sent and was refused: the office's list. */
@Path("/report-refusals")
@Tag(name = "Receiving bodies")
@Produces(MediaType.APPLICATION_JSON)
public class RefusalResource {

    private final Refusals refusals;
    private final Caller caller;

    public RefusalResource(Refusals refusals, Caller caller) {
        this.refusals = refusals;
        this.caller = caller;
    }

    @Schema(name = "ReportRefusal", description = "Something a body sent that was refused and not applied")
    public record RefusalView(UUID id, ReceivingBody sender,
            @Schema(description = "The sender's own reference", example = "纪办〔2026〕59号") String reference,
            ReportType report, Channel channel,
            @Schema(description = "The lead the report named, if any") UUID leadId,
            @Schema(description = "The organization concerned, where known") UUID organizationId,
            RefusalReason reason,
            @Schema(example = "Lead 0193… was settled as SANCTIONED by 纪办〔2026〕58号; CLOSED contradicts it")
            String detail,
            @Schema(description = "What was sent, as JSON text") String content,
            OffsetDateTime firstRefusedAt, OffsetDateTime lastRefusedAt,
            @Schema(description = "How often the same came and was refused", example = "1") int attempts) {

        static RefusalView of(ReportRefusal refusal) {
            return new RefusalView(refusal.id(), refusal.sender(), refusal.reference(), refusal.report(),
                    refusal.channel(), refusal.leadId(), refusal.organizationId(), refusal.reason(), refusal.detail(),
                    refusal.content(), refusal.firstRefusedAt(), refusal.lastRefusedAt(), refusal.attempts());
        }
    }

    @GET
    @RolesAllowed({Roles.OFFICE, Roles.LEADERSHIP, Roles.DISCIPLINE, Roles.ORGANIZATION, Roles.INTEGRATION})
    @Operation(operationId = "listReportRefusals", summary = "List refused reports", description = "Lead reports and "
            + "case-opened notices the bodies sent (over REST or Kafka) that were refused and not applied: for an "
            + "unknown lead, a settled one, a contradicting result, a reused reference, an organization not under "
            + "inspection. Oldest first. The office and the leadership see all; a body's accounts and its system "
            + "their own.")
    @APIResponse(responseCode = "200", description = "A page of refusals")
    @APIResponse(responseCode = "400", description = "A bad cursor or limit")
    public Page<RefusalView> list(@QueryParam("sender") ReceivingBody sender, @QueryParam("report") ReportType report,
            @Parameter(description = "The `next` of the previous page") @QueryParam("cursor") @Size(max = 200) String cursor,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
        return refusals.list(sender, report, cursor, limit, caller).map(RefusalView::of);
    }
}
