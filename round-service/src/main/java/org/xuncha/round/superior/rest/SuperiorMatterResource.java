package org.xuncha.round.superior.rest;

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
import org.xuncha.platform.security.Caller;
import org.xuncha.platform.security.Roles;
import org.xuncha.round.superior.Entry;
import org.xuncha.round.superior.MatterKind;
import org.xuncha.round.superior.MatterState;
import org.xuncha.round.superior.SuperiorBody;
import org.xuncha.round.superior.SuperiorMatter;
import org.xuncha.round.superior.SuperiorMatters;

/** The ledger of superior inspections' opinions and transferred matters (seed 004 §11). */
@Path("/superior-matters")
@Tag(name = "Superior inspections")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Idempotent
public class SuperiorMatterResource {

    private final SuperiorMatters matters;
    private final Caller caller;

    public SuperiorMatterResource(SuperiorMatters matters, Caller caller) {
        this.matters = matters;
        this.caller = caller;
    }

    @Schema(name = "SuperiorMatterRequest", description = "An opinion or matter a superior inspection handed down")
    public record MatterRequest(
            @Schema(example = "PROVINCIAL") @NotNull SuperiorBody body,
            @Schema(example = "TRANSFERRED_MATTER") @NotNull MatterKind kind,
            @Schema(description = "The superior's reference, once per body", example = "豫巡〔2026〕3号")
            @NotBlank @Size(max = 100) String reference,
            @Schema(example = "省委巡视组移交：某镇扶贫资金使用问题") @NotBlank @Size(max = 4000) String summary,
            @Schema(description = "The organization concerned, if one") UUID organizationId,
            @Schema(example = "2026-03-01") @NotNull @PastOrPresent LocalDate receivedOn,
            @Schema(description = "By when it is to be handled (限时)", example = "2026-05-31") @NotNull LocalDate deadline) {
    }

    @Schema(name = "SuperiorMatterEntryRequest", description = "A follow-up (督办) or a report to the superior (报告)")
    public record EntryRequest(
            @Schema(example = "FOLLOW_UP") @NotNull Entry.Kind kind,
            @Schema(example = "2026-03-15") @NotNull @PastOrPresent LocalDate onDay,
            @Schema(example = "督促县纪委监委加快办理，要求月底前报送进展") @NotBlank @Size(max = 4000) String note) {
    }

    @Schema(name = "SuperiorMatterCompletion", description = "The matter completed (办结) with its final report")
    public record CompletionRequest(
            @Schema(example = "2026-05-20") @NotNull @PastOrPresent LocalDate completedOn,
            @Schema(example = "已办结，立案2件，党纪处分2人，结果已报省委巡视办") @NotBlank @Size(max = 20000) String report) {
    }

    @Schema(name = "SuperiorMatterEntry", description = "What the office did on the matter")
    public record EntryView(Entry.Kind kind, LocalDate onDay, String note, String recordedBy) {
    }

    @Schema(name = "SuperiorMatter", description = "An entry of the ledger of superior inspections (台账)")
    public record MatterView(UUID id, SuperiorBody body, MatterKind kind,
            @Schema(example = "豫巡〔2026〕3号") String reference, String summary, UUID organizationId,
            LocalDate receivedOn, @Schema(example = "2026-05-31") LocalDate deadline, MatterState state,
            LocalDate completedOn, String completion,
            @Schema(description = "Open past its deadline, or completed after it") boolean overdue,
            List<EntryView> entries, OffsetDateTime recordedAt, long version) {

        static MatterView of(SuperiorMatter matter, LocalDate today) {
            return new MatterView(matter.id(), matter.body(), matter.kind(), matter.reference(), matter.summary(),
                    matter.organizationId(), matter.receivedOn(), matter.deadline(), matter.state(), matter.completedOn(),
                    matter.completion(), matter.overdue(today), matter.entries().stream()
                            .map(e -> new EntryView(e.kind(), e.onDay(), e.note(), e.recordedBy())).toList(),
                    matter.recordedAt(), matter.version());
        }
    }

    @POST
    @RolesAllowed({Roles.OFFICE})
    @Operation(operationId = "createSuperiorMatter", summary = "Enter a superior inspection's opinion or matter",
            description = "Into the ledger with its deadline, once per body and reference.")
    @APIResponse(responseCode = "201", description = "Entered; `Location` names it",
            content = @Content(schema = @Schema(implementation = MatterView.class)))
    @APIResponse(responseCode = "400", description = "A field breaks a rule: a deadline before receipt, an unknown "
            + "organization")
    @APIResponse(responseCode = "403", description = "Not the office")
    @APIResponse(responseCode = "409", description = "The reference is in the ledger already")
    public Response receive(@NotNull @Valid MatterRequest request) {
        SuperiorMatter matter = matters.receive(request.body(), request.kind(), request.reference(), request.summary(),
                request.organizationId(), request.receivedOn(), request.deadline(), caller);
        return Response.created(URI.create("/superior-matters/" + matter.id()))
                .entity(MatterView.of(matter, matters.today())).build();
    }

    @GET
    @RolesAllowed({Roles.OFFICE, Roles.LEADERSHIP})
    @Operation(operationId = "listSuperiorMatters", summary = "List the ledger",
            description = "By body, state and organization, oldest first; `overdue=true` for the matters open past "
                    + "their deadline or completed after it (限时督办).")
    @APIResponse(responseCode = "200", description = "A page of the ledger")
    @APIResponse(responseCode = "400", description = "A bad cursor or limit")
    public Page<MatterView> list(@QueryParam("body") SuperiorBody body, @QueryParam("state") MatterState state,
            @QueryParam("overdue") Boolean overdue, @QueryParam("organizationId") UUID organizationId,
            @Parameter(description = "The `next` of the previous page") @QueryParam("cursor") @Size(max = 200) String cursor,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
        LocalDate today = matters.today();
        return matters.list(body, state, overdue, organizationId, cursor, limit).map(m -> MatterView.of(m, today));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.OFFICE, Roles.LEADERSHIP})
    @Operation(operationId = "readSuperiorMatter", summary = "Read a ledger entry")
    @APIResponse(responseCode = "200", description = "The matter with its follow-ups and reports")
    @APIResponse(responseCode = "404", description = "No such matter")
    public MatterView read(@PathParam("id") UUID id) {
        return MatterView.of(matters.get(id), matters.today());
    }

    @POST
    @Path("/{id}/entries")
    @RolesAllowed({Roles.OFFICE})
    @Operation(operationId = "createSuperiorMatterEntry", summary = "Record a follow-up or a report",
            description = "While the matter is open, on a day from its receipt up to today.")
    @APIResponse(responseCode = "200", description = "The matter with the entry")
    @APIResponse(responseCode = "400", description = "A day outside receipt to today")
    @APIResponse(responseCode = "403", description = "Not the office")
    @APIResponse(responseCode = "404", description = "No such matter")
    @APIResponse(responseCode = "409", description = "The matter is COMPLETED")
    public MatterView record(@PathParam("id") UUID id, @NotNull @Valid EntryRequest request) {
        return MatterView.of(matters.record(id, request.kind(), request.onDay(), request.note(), caller), matters.today());
    }

    @POST
    @Path("/{id}/completion")
    @RolesAllowed({Roles.OFFICE})
    @Operation(operationId = "completeSuperiorMatter", summary = "Complete a matter (办结)",
            description = "Once, with the final report; completed after the deadline it stays overdue.")
    @APIResponse(responseCode = "200", description = "The completed matter")
    @APIResponse(responseCode = "400", description = "A day outside receipt to today")
    @APIResponse(responseCode = "403", description = "Not the office")
    @APIResponse(responseCode = "404", description = "No such matter")
    @APIResponse(responseCode = "409", description = "Completed already")
    public MatterView complete(@PathParam("id") UUID id, @NotNull @Valid CompletionRequest request) {
        return MatterView.of(matters.complete(id, request.completedOn(), request.report()), matters.today());
    }
}
