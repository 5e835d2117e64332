package org.xuncha.round.preparation.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
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
import org.xuncha.platform.security.Roles;
import org.xuncha.round.preparation.Training;
import org.xuncha.round.preparation.Trainings;

@Idempotent
@Path("/trainings")
@Tag(name = "Preparation")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TrainingResource {

    private final Trainings trainings;

    public TrainingResource(Trainings trainings) {
        this.trainings = trainings;
    }

    @Schema(name = "TrainingRequest", description = "A training session held for a round")
    public record TrainingRequest(
            @NotNull UUID roundId,
            @Schema(example = "第十轮巡察业务培训") @NotBlank @Size(max = 200) String title,
            @NotNull LocalDate heldOn,
            @Size(max = 500) List<@NotNull UUID> attendees) {
    }

    @Schema(name = "Attendance", description = "Cadres who attended")
    public record AttendanceRequest(@NotEmpty @Size(max = 500) List<@NotNull UUID> attendees) {
    }

    @Schema(name = "Training", description = "A training session (凡巡必训) and who attended")
    public record TrainingView(UUID id, UUID roundId, String title, LocalDate heldOn, List<UUID> attendees) {

        static TrainingView of(Training training) {
            return new TrainingView(training.id(), training.roundId(), training.title(), training.heldOn(),
                    training.attendees().stream().sorted().toList());
        }
    }

    @POST
    @RolesAllowed({Roles.OFFICE})
    @Operation(operationId = "holdTraining",
            summary = "Record a training session", description = "Every member of a team attends a training of the "
            + "round before stationing (凡巡必训).")
    @APIResponse(responseCode = "201", description = "Recorded; Location names the session",
            content = @Content(schema = @Schema(implementation = TrainingView.class)))
    public Response hold(@NotNull @Valid TrainingRequest request) {
        Training training = trainings.hold(request.roundId(), request.title(), request.heldOn(),
                request.attendees() == null ? List.of() : request.attendees());
        return Response.created(URI.create("/trainings/" + training.id())).entity(TrainingView.of(training)).build();
    }

    @POST
    @Path("/{id}/attendance")
    @RolesAllowed({Roles.OFFICE})
    @Operation(operationId = "recordAttendance",
            summary = "Record attendance")
    @APIResponse(responseCode = "200", description = "The session with its attendees")
    @APIResponse(responseCode = "404", description = "No such session")
    public TrainingView attend(@PathParam("id") UUID id, @NotNull @Valid AttendanceRequest request) {
        return TrainingView.of(trainings.recordAttendance(id, request.attendees()));
    }

    @GET
    @RolesAllowed({Roles.OFFICE, Roles.LEADERSHIP})
    @Operation(operationId = "listTrainings",
            summary = "List a round's training sessions")
    @APIResponse(responseCode = "200", description = "The sessions by date")
    public Page<TrainingView> ofRound(@QueryParam("roundId") @NotNull UUID roundId,
            @Parameter(description = "The `next` of the previous page") @QueryParam("cursor") String cursor,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
        return Page.slice(trainings.ofRound(roundId).stream().map(TrainingView::of).toList(), cursor, limit);
    }
}
