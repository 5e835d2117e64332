package org.xuncha.round.briefing.rest;

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
import org.xuncha.round.briefing.BriefingEntry;
import org.xuncha.round.briefing.Briefings;
import org.xuncha.round.briefing.DailyBriefing;

/** The team's evening briefings (碰头会, seed 001) and the problem list they grow. */
@Path("/daily-briefings")
@Tag(name = "Evidence")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Idempotent
public class BriefingResource {

    private static final String READERS = "Read by the team, the office and the leadership; anyone else gets 404.";

    private final Briefings briefings;
    private final Caller caller;

    public BriefingResource(Briefings briefings, Caller caller) {
        this.briefings = briefings;
        this.caller = caller;
    }

    @Schema(name = "BriefingEntry", description = "What a sub-group found that day")
    public record EntryDto(
            @Schema(description = "The sub-group reporting; absent for the team as a whole") UUID subGroupId,
            @Schema(example = "查阅2025年账册，发现3笔招待费无公函、无清单") @NotBlank @Size(max = 4000) String found) {
    }

    @Schema(name = "DailyBriefingRequest", description = "The evening briefing of a day of stationing")
    public record BriefingRequest(
            @NotNull UUID inspectionId,
            @Schema(description = "The day; from the day the team stationed up to today", example = "2026-03-02")
            @NotNull @PastOrPresent LocalDate heldOn,
            @Schema(example = "逐一梳理个别谈话、查阅资料中发现的问题，初步形成问题清单") @Size(max = 4000) String summary,
            @Schema(description = "One per sub-group at most") @NotNull @Size(min = 1, max = DailyBriefing.MAX_ENTRIES)
            List<@NotNull @Valid EntryDto> entries) {
    }

    @Schema(name = "DailyBriefing", description = "The team's evening briefing (碰头会)")
    public record BriefingView(UUID id, UUID inspectionId, UUID teamId,
            @Schema(example = "2026-03-02") LocalDate heldOn, String summary, List<EntryDto> entries,
            String recordedBy, OffsetDateTime recordedAt) {

        static BriefingView of(DailyBriefing briefing) {
            return new BriefingView(briefing.id(), briefing.inspectionId(), briefing.teamId(), briefing.heldOn(),
                    briefing.summary(), briefing.entries().stream().map(e -> new EntryDto(e.subGroupId(), e.found())).toList(),
                    briefing.recordedBy(), briefing.recordedAt());
        }
    }

    @Schema(name = "ProblemListEntry", description = "A finding on the problem list, as it stands")
    public record ProblemView(UUID findingId, @Schema(example = "COUNTY-3") String categoryCode,
            @Schema(example = "招待费无公函、无清单报销3笔") String description,
            @Schema(example = "DRAFT") String state) {
    }

    @POST
    @RolesAllowed({Roles.TEAM_LEADER, Roles.TEAM_MEMBER})
    @Operation(operationId = "createDailyBriefing", summary = "Record the evening briefing",
            description = "By a member of the team while it is stationed, once per day: what each of its sub-groups "
                    + "found, for a day from the day it stationed up to today (the committee's). Findings drafted from "
                    + "it name it (`briefingId`) and make up its problem list.")
    @APIResponse(responseCode = "201", description = "Recorded; `Location` names it",
            content = @Content(schema = @Schema(implementation = BriefingView.class)))
    @APIResponse(responseCode = "400", description = "A field breaks a rule: a day outside stationing, a sub-group "
            + "not of the team or reporting twice, an inspection not of the caller's team")
    @APIResponse(responseCode = "403", description = "Not a team member")
    @APIResponse(responseCode = "409", description = "The inspection is not STATIONED, or the day's briefing is recorded")
    public Response hold(@NotNull @Valid BriefingRequest request) {
        DailyBriefing briefing = briefings.hold(request.inspectionId(), request.heldOn(), request.summary(),
                request.entries().stream().map(e -> new BriefingEntry(e.subGroupId(), e.found())).toList(), caller);
        return Response.created(URI.create("/daily-briefings/" + briefing.id())).entity(BriefingView.of(briefing)).build();
    }

    @GET
    @RolesAllowed({Roles.OFFICE, Roles.LEADERSHIP, Roles.TEAM_LEADER, Roles.TEAM_MEMBER})
    @Operation(operationId = "listDailyBriefings", summary = "List an inspection's briefings",
            description = "By day. " + READERS)
    @APIResponse(responseCode = "200", description = "A page of briefings")
    @APIResponse(responseCode = "400", description = "A bad cursor or limit")
    @APIResponse(responseCode = "404", description = "No such inspection, or not one the caller may read")
    public Page<BriefingView> list(@QueryParam("inspectionId") @NotNull UUID inspectionId,
            @Parameter(description = "The `next` of the previous page") @QueryParam("cursor") @Size(max = 200) String cursor,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
        return briefings.ofInspection(inspectionId, cursor, limit, caller).map(BriefingView::of);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.OFFICE, Roles.LEADERSHIP, Roles.TEAM_LEADER, Roles.TEAM_MEMBER})
    @Operation(operationId = "readDailyBriefing", summary = "Read a briefing", description = READERS)
    @APIResponse(responseCode = "200", description = "The briefing")
    @APIResponse(responseCode = "404", description = "No such briefing, or not one the caller may read")
    public BriefingView read(@PathParam("id") UUID id) {
        return BriefingView.of(briefings.get(id, caller));
    }

    @GET
    @Path("/{id}/problem-list")
    @RolesAllowed({Roles.OFFICE, Roles.LEADERSHIP, Roles.TEAM_LEADER, Roles.TEAM_MEMBER})
    @Operation(operationId = "listDailyBriefingProblems", summary = "The problem list a briefing grew",
            description = "The findings that name the briefing, oldest first. " + READERS)
    @APIResponse(responseCode = "200", description = "A page of the list")
    @APIResponse(responseCode = "400", description = "A bad cursor or limit")
    @APIResponse(responseCode = "404", description = "No such briefing, or not one the caller may read")
    public Page<ProblemView> problemList(@PathParam("id") UUID id,
            @Parameter(description = "The `next` of the previous page") @QueryParam("cursor") @Size(max = 200) String cursor,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
        return briefings.problemList(id, cursor, limit, caller)
                .map(p -> new ProblemView(p.findingId(), p.categoryCode(), p.description(), p.state()));
    }
}
