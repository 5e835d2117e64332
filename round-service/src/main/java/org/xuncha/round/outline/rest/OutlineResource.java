package org.xuncha.round.outline.rest;

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
import org.xuncha.round.evidence.IntervieweeCategory;
import org.xuncha.round.outline.InterviewOutline;
import org.xuncha.round.outline.OutlineDraft;
import org.xuncha.round.outline.OutlineKind;
import org.xuncha.round.outline.Outlines;

/** Interview outlines (谈话提纲, seed 001): common and personal, and the personal ones' handover to the liaison. */
@Path("/interview-outlines")
@Tag(name = "Evidence")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Idempotent
public class OutlineResource {

    private static final String READERS = "A personal outline is confidential like an interview: the office, the "
            + "leadership and the team's leader; the common outline is read by the whole team too. Anyone else gets 404.";

    private final Outlines outlines;
    private final Caller caller;

    public OutlineResource(Outlines outlines, Caller caller) {
        this.outlines = outlines;
        this.caller = caller;
    }

    @Schema(name = "InterviewOutlineRequest", description = "An outline to draft: the inspection's common outline, "
            + "or a personal outline for one interviewee")
    public record OutlineRequest(
            @NotNull UUID inspectionId,
            @Schema(example = "PERSONAL") @NotNull OutlineKind kind,
            @Schema(example = "与镇党委书记谈话提纲") @NotBlank @Size(max = 200) String title,
            @Schema(description = "Confidential for a personal outline",
                    example = "一、落实全面从严治党主体责任情况；二、“三重一大”事项集体决策情况") @NotBlank @Size(max = 20000) String content,
            @Schema(description = "PERSONAL only; confidential", example = "张某，镇党委书记") @Size(max = 200) String interviewee,
            @Schema(description = "PERSONAL only", example = "PRINCIPAL_LEADER") IntervieweeCategory category,
            @Schema(description = "PERSONAL only: the day of the interview, not past", example = "2026-03-10")
            LocalDate interviewOn) {

        OutlineDraft toDraft() {
            return new OutlineDraft(inspectionId, kind, title, content, interviewee, category, interviewOn);
        }
    }

    @Schema(name = "OutlineHandover", description = "The day a personal outline reached the unit's liaison (联络员)")
    public record HandoverRequest(
            @Schema(example = "2026-03-06") @NotNull @PastOrPresent LocalDate handedOverOn,
            @Schema(description = "The liaison who received it", example = "镇党政办 刘某") @NotBlank @Size(max = 100)
            String liaison) {
    }

    @Schema(name = "OutlineInterview", description = "The interview held with the outline")
    public record InterviewLinkRequest(@NotNull UUID interviewId) {
    }

    @Schema(name = "InterviewOutline", description = "An interview outline (谈话提纲)")
    public record OutlineView(UUID id, UUID inspectionId, UUID teamId, OutlineKind kind,
            @Schema(example = "与镇党委书记谈话提纲") String title, String content,
            @Schema(example = "张某，镇党委书记") String interviewee, IntervieweeCategory category,
            @Schema(description = "The day planned for the interview", example = "2026-03-10") LocalDate interviewOn,
            @Schema(description = "The interview held with it") UUID interviewId,
            @Schema(description = "The day that interview was held") LocalDate interviewHeldOn,
            @Schema(description = "The last day the liaison should receive it: three days before the interview "
                    + "(held, or else planned)", example = "2026-03-07") LocalDate handoverDueBy,
            @Schema(example = "2026-03-06") LocalDate handedOverOn,
            @Schema(example = "镇党政办 刘某") String handedOverTo,
            @Schema(description = "Flagged: handed over after it was due, or not yet and the due day is past. The "
                    + "interview is not refused for it") boolean handedOverLate,
            OffsetDateTime createdAt, long version) {

        static OutlineView of(InterviewOutline outline, LocalDate today) {
            return new OutlineView(outline.id(), outline.inspectionId(), outline.teamId(), outline.kind(),
                    outline.title(), outline.content(), outline.interviewee(), outline.category(), outline.interviewOn(),
                    outline.interviewId(), outline.interviewHeldOn(), outline.handoverDueBy(), outline.handedOverOn(),
                    outline.handedOverTo(), outline.handedOverLate(today), outline.createdAt(), outline.version());
        }
    }

    @POST
    @RolesAllowed({Roles.TEAM_LEADER})
    @Operation(operationId = "createInterviewOutline", summary = "Draft an interview outline",
            description = "By the team's leader, before the team withdraws: the inspection's common outline (one), or "
                    + "a personal outline for an interviewee with the day of the interview, whose handover to the "
                    + "unit's liaison is due three days before (`xuncha.outlines.handover-days-before`).")
    @APIResponse(responseCode = "201", description = "Drafted; `Location` names it",
            content = @Content(schema = @Schema(implementation = OutlineView.class)))
    @APIResponse(responseCode = "400", description = "A field breaks a rule, or the inspection is not the caller's team's")
    @APIResponse(responseCode = "403", description = "A team member who is not its leader")
    @APIResponse(responseCode = "409", description = "The inspection has its common outline, or has withdrawn")
    public Response draft(@NotNull @Valid OutlineRequest request) {
        InterviewOutline outline = outlines.draft(request.toDraft(), caller);
        return Response.created(URI.create("/interview-outlines/" + outline.id()))
                .entity(OutlineView.of(outline, outlines.today())).build();
    }

    @GET
    @RolesAllowed({Roles.OFFICE, Roles.LEADERSHIP, Roles.TEAM_LEADER, Roles.TEAM_MEMBER})
    @Operation(operationId = "listInterviewOutlines", summary = "List an inspection's outlines",
            description = "Oldest first, by kind, by the interview held with it, and `late=true` for the personal "
                    + "outlines handed over late. " + READERS)
    @APIResponse(responseCode = "200", description = "A page of outlines")
    @APIResponse(responseCode = "400", description = "A bad cursor or limit")
    @APIResponse(responseCode = "404", description = "No such inspection, or not one the caller may read")
    public Page<OutlineView> list(@QueryParam("inspectionId") @NotNull UUID inspectionId,
            @QueryParam("kind") OutlineKind kind, @QueryParam("late") Boolean late,
            @QueryParam("interviewId") UUID interviewId,
            @Parameter(description = "The `next` of the previous page") @QueryParam("cursor") @Size(max = 200) String cursor,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
        LocalDate today = outlines.today();
        return outlines.list(inspectionId, kind, late, interviewId, cursor, limit, caller)
                .map(outline -> OutlineView.of(outline, today));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.OFFICE, Roles.LEADERSHIP, Roles.TEAM_LEADER, Roles.TEAM_MEMBER})
    @Operation(operationId = "readInterviewOutline", summary = "Read an interview outline", description = READERS)
    @APIResponse(responseCode = "200", description = "The outline")
    @APIResponse(responseCode = "404", description = "No such outline, or not one the caller may read")
    public OutlineView read(@PathParam("id") UUID id) {
        return OutlineView.of(outlines.get(id, caller), outlines.today());
    }

    @POST
    @Path("/{id}/handover")
    @RolesAllowed({Roles.OFFICE, Roles.TEAM_LEADER})
    @Operation(operationId = "handOverInterviewOutline", summary = "Record the handover to the unit's liaison",
            description = "Once, by the office or the team's leader, for a personal outline: the day it reached the "
                    + "liaison, up to today. A day after it was due is recorded and flagged (`handedOverLate`), not refused.")
    @APIResponse(responseCode = "200", description = "The outline with its handover")
    @APIResponse(responseCode = "400", description = "A field breaks a rule")
    @APIResponse(responseCode = "403", description = "Neither the office nor the team's leader")
    @APIResponse(responseCode = "404", description = "No such outline, or not one the caller may read")
    @APIResponse(responseCode = "409", description = "Handed over already, or a common outline")
    public OutlineView handOver(@PathParam("id") UUID id, @NotNull @Valid HandoverRequest request) {
        return OutlineView.of(outlines.handOver(id, request.handedOverOn(), request.liaison(), caller), outlines.today());
    }

    @POST
    @Path("/{id}/interview")
    @RolesAllowed({Roles.OFFICE, Roles.TEAM_LEADER})
    @Operation(operationId = "linkInterviewOutlineInterview", summary = "Link the interview held with the outline",
            description = "Once, for a personal outline and an interview of the same inspection: the day it was held "
                    + "decides whether the handover was in time. An interview whose outline was handed over late is "
                    + "flagged on the outline, never refused.")
    @APIResponse(responseCode = "200", description = "The outline with its interview")
    @APIResponse(responseCode = "400", description = "The interview is not of the inspection, or not one the caller may read")
    @APIResponse(responseCode = "403", description = "Neither the office nor the team's leader")
    @APIResponse(responseCode = "404", description = "No such outline, or not one the caller may read")
    @APIResponse(responseCode = "409", description = "Linked already, the interview has an outline, or a common outline")
    public OutlineView heldAs(@PathParam("id") UUID id, @NotNull @Valid InterviewLinkRequest request) {
        return OutlineView.of(outlines.heldAs(id, request.interviewId(), caller), outlines.today());
    }
}
