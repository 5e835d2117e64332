package org.xuncha.round.casenotice.rest;

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
import org.xuncha.round.casenotice.CaseNotice;
import org.xuncha.round.casenotice.CaseNotices;
import org.xuncha.round.lead.LeadReports;
import org.xuncha.round.liaison.Refused;

/** Cases the discipline commission opened on leaders of organizations under inspection (seed 004 §16). */
@Idempotent
@Path("/case-notices")
@Tag(name = "Receiving bodies")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CaseNoticeResource {

    private static final String READERS = "Confidential like a lead: the office, the leadership, the commission (its "
            + "accounts and its system) and the leader of a team inspecting the organization when the notice came; "
            + "anyone else gets 404.";

    private final CaseNotices notices;
    private final Caller caller;

    public CaseNoticeResource(CaseNotices notices, Caller caller) {
        this.notices = notices;
        this.caller = caller;
    }

    @Schema(name = "CaseNoticeRequest", description = "The commission opened a case (立案审查) on a leader of an "
            + "organization under inspection")
    public record CaseNoticeRequest(
            @Schema(description = "The commission's own reference of the notice: the same reference with the same "
                    + "content again changes nothing, with other content it is refused", example = "纪立〔2026〕12号")
            @NotBlank @Size(max = 100) String reference,
            @NotNull UUID organizationId,
            @Schema(example = "赵某") @NotBlank @Size(max = 100) String personName,
            @Schema(example = "党委副书记") @Size(max = 100) String personPost,
            @Schema(description = "The day the case was opened; not in the future, not before 2000")
            @NotNull @PastOrPresent LocalDate openedOn,
            @Schema(example = "涉嫌违反廉洁纪律") @Size(max = 2000) String note) {
    }

    @Schema(name = "CaseNotice", description = "A case opened on a leader of an organization under inspection; "
            + "confidential")
    public record CaseNoticeView(UUID id, @Schema(example = "纪立〔2026〕12号") String reference, UUID organizationId,
            @Schema(example = "赵某") String personName, @Schema(example = "党委副书记") String personPost,
            LocalDate openedOn, String note,
            @Schema(description = "The inspections under way of the organization when the notice came")
            List<UUID> inspectionIds,
            OffsetDateTime receivedAt) {

        static CaseNoticeView of(CaseNotice notice) {
            return new CaseNoticeView(notice.id(), notice.reference(), notice.organizationId(), notice.personName(),
                    notice.personPost(), notice.openedOn(), notice.note(),
                    notice.inspectionIds().stream().sorted().toList(), notice.receivedAt());
        }
    }

    @POST
    @RolesAllowed({Roles.DISCIPLINE, Roles.INTEGRATION})
    @Operation(operationId = "createCaseNotice", summary = "Tell of a case opened on a leader under inspection",
            description = "By the discipline commission (its accounts or its system), once per `reference`: the same "
                    + "notice again answers 200 and changes nothing. The team leader and the office see it on each "
                    + "inspection of the organization stationed or reporting. A notice for an organization the "
                    + "registry does not know (400) or one not under inspection, or under a reference used for other "
                    + "content (409 `report-refused`), is refused, recorded in `/report-refusals` and not applied.")
    @APIResponse(responseCode = "201", description = "Recorded; `Location` names it",
            content = @Content(schema = @Schema(implementation = CaseNoticeView.class)))
    @APIResponse(responseCode = "200", description = "The same notice came before; nothing changed",
            content = @Content(schema = @Schema(implementation = CaseNoticeView.class)))
    @APIResponse(responseCode = "400", description = "A field breaks a rule, or the organization is unknown")
    @APIResponse(responseCode = "403", description = "Not the discipline commission")
    @APIResponse(responseCode = "409", description = "Refused: not under inspection, or the reference was used")
    public Response create(@NotNull @Valid CaseNoticeRequest request) {
        if (request.openedOn().isBefore(LocalDate.of(2000, 1, 1))) {
            throw InvalidInput.of("openedOn", "must not be before 2000-01-01");
        }
        CaseNotices.Outcome outcome = notices.receive(LeadReports.Sender.of(caller),
                new CaseNotices.Notice(request.reference().trim(), request.organizationId(), request.personName(),
                        request.personPost(), request.openedOn(), request.note()));
        if (outcome.refusal() != null) {
            throw Refused.problemFor(outcome.refusal());
        }
        CaseNoticeView view = CaseNoticeView.of(outcome.notice());
        return outcome.replayed() ? Response.ok(view).build()
                : Response.created(URI.create("/case-notices/" + view.id())).entity(view).build();
    }

    @GET
    @RolesAllowed({Roles.OFFICE, Roles.LEADERSHIP, Roles.TEAM_LEADER, Roles.TEAM_MEMBER, Roles.DISCIPLINE,
            Roles.INTEGRATION})
    @Operation(operationId = "listCaseNotices", summary = "List case notices", description = "Oldest first, by "
            + "inspection or organization. " + READERS)
    @APIResponse(responseCode = "200", description = "A page of notices")
    @APIResponse(responseCode = "400", description = "A bad cursor or limit")
    public Page<CaseNoticeView> list(@QueryParam("inspectionId") UUID inspectionId,
            @QueryParam("organizationId") UUID organizationId,
            @Parameter(description = "The `next` of the previous page") @QueryParam("cursor") @Size(max = 200) String cursor,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
        return notices.list(inspectionId, organizationId, cursor, limit, caller).map(CaseNoticeView::of);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.OFFICE, Roles.LEADERSHIP, Roles.TEAM_LEADER, Roles.TEAM_MEMBER, Roles.DISCIPLINE,
            Roles.INTEGRATION})
    @Operation(operationId = "readCaseNotice", summary = "Read a case notice", description = READERS)
    @APIResponse(responseCode = "200", description = "The notice")
    @APIResponse(responseCode = "404", description = "No such notice, or not one the caller may read")
    public CaseNoticeView read(@PathParam("id") UUID id) {
        return CaseNoticeView.of(notices.read(id, caller));
    }
}
