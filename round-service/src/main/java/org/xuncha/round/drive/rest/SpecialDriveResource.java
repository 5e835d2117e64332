package org.xuncha.round.drive.rest;

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
import org.xuncha.round.drive.DriveState;
import org.xuncha.round.drive.Participant;
import org.xuncha.round.drive.SpecialDrive;
import org.xuncha.round.drive.SpecialDrives;

/** Special rectification drives (专项整治, seeds 000 and 003). */
@Path("/special-drives")
@Tag(name = "Common problems")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Idempotent
public class SpecialDriveResource {

    private static final String READERS = "The office, the leadership, and the organizations taking part (a UNIT "
            + "sees its own participation); anyone else gets 404.";

    private final SpecialDrives drives;
    private final Caller caller;

    public SpecialDriveResource(SpecialDrives drives, Caller caller) {
        this.drives = drives;
        this.caller = caller;
    }

    @Schema(name = "SpecialDriveRequest", description = "A drive to launch from a problem of a published common problem list")
    public record DriveRequest(
            @NotNull UUID listId,
            @Schema(description = "The problem's position on the list", example = "1") @NotNull @Min(0) @Max(10000) Integer problemPosition,
            @Schema(example = "全县镇（街道）敬老院专项整治") @NotBlank @Size(max = 200) String title,
            @Schema(example = "2026-03-01") @NotNull @PastOrPresent LocalDate launchedOn,
            @Schema(description = "The organizations taking part") @Size(max = 500) List<@NotNull UUID> organizationIds) {
    }

    @Schema(name = "SpecialDriveEnlistment", description = "More organizations taking part")
    public record EnlistRequest(@NotNull @Size(min = 1, max = 500) List<@NotNull UUID> organizationIds) {
    }

    @Schema(name = "SpecialDriveSelfCheck", description = "A participant's self-check (未巡先改)")
    public record SelfCheckRequest(
            @NotNull UUID organizationId,
            @Schema(example = "2026-03-10") @NotNull @PastOrPresent LocalDate selfCheckedOn,
            @Schema(example = "对照共性问题清单自查，发现台账不全等问题2个") @NotBlank @Size(max = 4000) String selfCheck,
            @Schema(example = "2") @NotNull @Min(0) @Max(100000) Integer problemsFound) {
    }

    @Schema(name = "SpecialDriveResult", description = "A participant's result")
    public record ResultRequest(
            @NotNull UUID organizationId,
            @Schema(example = "2026-04-10") @NotNull @PastOrPresent LocalDate resultOn,
            @Schema(example = "已完成整改，建立制度1项") @NotBlank @Size(max = 4000) String result,
            @Schema(description = "At most the problems the self-check found", example = "2") @NotNull @Min(0) @Max(100000)
            Integer problemsRectified) {
    }

    @Schema(name = "SpecialDriveConclusion", description = "The drive concluded")
    public record ConclusionRequest(
            @Schema(example = "2026-05-01") @NotNull @PastOrPresent LocalDate concludedOn,
            @Schema(example = "专项整治完成，共整改问题26个") @NotBlank @Size(max = 20000) String conclusion) {
    }

    @Schema(name = "SpecialDrive", description = "A special rectification drive (专项整治)")
    public record DriveView(UUID id, UUID termId, UUID listId, int problemPosition,
            @Schema(example = "全县镇（街道）敬老院专项整治") String title, LocalDate launchedOn, DriveState state,
            LocalDate concludedOn, String conclusion,
            @Schema(description = "Organizations taking part") int participants,
            @Schema(description = "Of them, those that reported their self-check") int selfChecked,
            @Schema(description = "Of them, those that reported their result") int resulted,
            int problemsFound, int problemsRectified, long version) {

        static DriveView of(SpecialDrive drive) {
            List<Participant> all = drive.participants();
            return new DriveView(drive.id(), drive.termId(), drive.listId(), drive.problemPosition(), drive.title(),
                    drive.launchedOn(), drive.state(), drive.concludedOn(), drive.conclusion(), all.size(),
                    (int) all.stream().filter(p -> p.selfCheckedOn() != null).count(),
                    (int) all.stream().filter(p -> p.resultOn() != null).count(),
                    all.stream().mapToInt(p -> p.problemsFound() == null ? 0 : p.problemsFound()).sum(),
                    all.stream().mapToInt(p -> p.problemsRectified() == null ? 0 : p.problemsRectified()).sum(),
                    drive.version());
        }
    }

    @Schema(name = "SpecialDriveParticipant", description = "An organization taking part, its self-check and result")
    public record ParticipantView(UUID organizationId, LocalDate selfCheckedOn, String selfCheck, Integer problemsFound,
            LocalDate resultOn, String result, Integer problemsRectified) {

        static ParticipantView of(Participant p) {
            return new ParticipantView(p.organizationId(), p.selfCheckedOn(), p.selfCheck(), p.problemsFound(),
                    p.resultOn(), p.result(), p.problemsRectified());
        }
    }

    @POST
    @RolesAllowed({Roles.OFFICE})
    @Operation(operationId = "createSpecialDrive", summary = "Launch a special drive",
            description = "From a problem of a published common problem list, with the organizations taking part.")
    @APIResponse(responseCode = "201", description = "Launched; `Location` names it",
            content = @Content(schema = @Schema(implementation = DriveView.class)))
    @APIResponse(responseCode = "400", description = "A field breaks a rule: no such list or problem, an unknown organization")
    @APIResponse(responseCode = "403", description = "Not the office")
    @APIResponse(responseCode = "409", description = "An organization named twice")
    public Response launch(@NotNull @Valid DriveRequest request) {
        SpecialDrive drive = drives.launch(request.listId(), request.problemPosition(), request.title(),
                request.launchedOn(), request.organizationIds() == null ? List.of() : request.organizationIds(), caller);
        return Response.created(URI.create("/special-drives/" + drive.id())).entity(DriveView.of(drive)).build();
    }

    @GET
    @RolesAllowed({Roles.OFFICE, Roles.LEADERSHIP})
    @Operation(operationId = "listSpecialDrives", summary = "List special drives", description = "A term's, or all, "
            + "by state, oldest first.")
    @APIResponse(responseCode = "200", description = "A page of drives")
    @APIResponse(responseCode = "400", description = "A bad cursor or limit")
    public Page<DriveView> list(@QueryParam("termId") UUID termId, @QueryParam("state") DriveState state,
            @Parameter(description = "The `next` of the previous page") @QueryParam("cursor") @Size(max = 200) String cursor,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
        return drives.list(termId, state, cursor, limit).map(DriveView::of);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.OFFICE, Roles.LEADERSHIP, Roles.UNIT})
    @Operation(operationId = "readSpecialDrive", summary = "Read a special drive", description = READERS)
    @APIResponse(responseCode = "200", description = "The drive with its tallies")
    @APIResponse(responseCode = "404", description = "No such drive, or not one the caller takes part in")
    public DriveView read(@PathParam("id") UUID id) {
        return DriveView.of(drives.readable(id, caller));
    }

    @GET
    @Path("/{id}/participants")
    @RolesAllowed({Roles.OFFICE, Roles.LEADERSHIP, Roles.UNIT})
    @Operation(operationId = "listSpecialDriveParticipants", summary = "List a drive's participants",
            description = "By organization id. " + READERS)
    @APIResponse(responseCode = "200", description = "A page of participants")
    @APIResponse(responseCode = "400", description = "A bad cursor or limit")
    @APIResponse(responseCode = "404", description = "No such drive, or not one the caller takes part in")
    public Page<ParticipantView> participants(@PathParam("id") UUID id,
            @Parameter(description = "The `next` of the previous page") @QueryParam("cursor") @Size(max = 200) String cursor,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
        return drives.participants(id, cursor, limit, caller).map(ParticipantView::of);
    }

    @POST
    @Path("/{id}/participants")
    @RolesAllowed({Roles.OFFICE})
    @Operation(operationId = "enlistSpecialDriveParticipants", summary = "Enlist more organizations",
            description = "While the drive is launched; each organization once.")
    @APIResponse(responseCode = "200", description = "The drive")
    @APIResponse(responseCode = "400", description = "An unknown organization")
    @APIResponse(responseCode = "403", description = "Not the office")
    @APIResponse(responseCode = "404", description = "No such drive")
    @APIResponse(responseCode = "409", description = "Takes part already, or the drive is concluded")
    public DriveView enlist(@PathParam("id") UUID id, @NotNull @Valid EnlistRequest request) {
        return DriveView.of(drives.enlist(id, request.organizationIds()));
    }

    @POST
    @Path("/{id}/self-checks")
    @RolesAllowed({Roles.OFFICE, Roles.UNIT})
    @Operation(operationId = "createSpecialDriveSelfCheck", summary = "Report a participant's self-check",
            description = "Once, by the office or the organization itself, from the launch up to today.")
    @APIResponse(responseCode = "200", description = "The drive")
    @APIResponse(responseCode = "400", description = "A day outside the launch to today")
    @APIResponse(responseCode = "403", description = "A UNIT reporting for another organization")
    @APIResponse(responseCode = "404", description = "No such drive or participant, or not one the caller takes part in")
    @APIResponse(responseCode = "409", description = "Reported already, or the drive is concluded")
    public DriveView selfCheck(@PathParam("id") UUID id, @NotNull @Valid SelfCheckRequest request) {
        return DriveView.of(drives.selfCheck(id, request.organizationId(), request.selfCheckedOn(), request.selfCheck(),
                request.problemsFound(), caller));
    }

    @POST
    @Path("/{id}/results")
    @RolesAllowed({Roles.OFFICE, Roles.UNIT})
    @Operation(operationId = "createSpecialDriveResult", summary = "Report a participant's result",
            description = "Once, after its self-check, by the office or the organization itself.")
    @APIResponse(responseCode = "200", description = "The drive")
    @APIResponse(responseCode = "400", description = "A day before the self-check or in the future, more rectified "
            + "than found")
    @APIResponse(responseCode = "403", description = "A UNIT reporting for another organization")
    @APIResponse(responseCode = "404", description = "No such drive or participant, or not one the caller takes part in")
    @APIResponse(responseCode = "409", description = "No self-check yet, reported already, or the drive is concluded")
    public DriveView result(@PathParam("id") UUID id, @NotNull @Valid ResultRequest request) {
        return DriveView.of(drives.result(id, request.organizationId(), request.resultOn(), request.result(),
                request.problemsRectified(), caller));
    }

    @POST
    @Path("/{id}/conclusion")
    @RolesAllowed({Roles.OFFICE})
    @Operation(operationId = "concludeSpecialDrive", summary = "Conclude a special drive",
            description = "Once every participant reported its result.")
    @APIResponse(responseCode = "200", description = "The concluded drive")
    @APIResponse(responseCode = "400", description = "A day before the launch or in the future")
    @APIResponse(responseCode = "403", description = "Not the office")
    @APIResponse(responseCode = "404", description = "No such drive")
    @APIResponse(responseCode = "409", description = "Results missing, no participants, or concluded already")
    public DriveView conclude(@PathParam("id") UUID id, @NotNull @Valid ConclusionRequest request) {
        return DriveView.of(drives.conclude(id, request.concludedOn(), request.conclusion()));
    }
}
