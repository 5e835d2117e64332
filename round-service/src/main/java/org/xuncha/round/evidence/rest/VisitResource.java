package org.xuncha.round.evidence.rest;

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
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
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
import org.xuncha.round.evidence.Fieldwork;
import org.xuncha.round.evidence.Visit;

@Idempotent
@Path("/visits")
@Tag(name = "Evidence")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class VisitResource {

    private final Fieldwork fieldwork;
    private final Caller caller;

    public VisitResource(Fieldwork fieldwork, Caller caller) {
        this.fieldwork = fieldwork;
        this.caller = caller;
    }

    @Schema(name = "VisitRequest", description = "A visit made while stationed (走访)")
    public record VisitRequest(@NotNull UUID inspectionId, @NotNull @PastOrPresent LocalDate visitedOn,
            @Schema(example = "东岗村扶贫项目现场") @NotBlank @Size(max = 500) String place,
            @Size(max = 1000) String people, @NotBlank @Size(max = 20000) String notes) {
    }

    @Schema(name = "Visit", description = "A visit")
    public record VisitView(UUID id, UUID inspectionId, LocalDate visitedOn, String place, String people, String notes) {

        static VisitView of(Visit visit) {
            return new VisitView(visit.id(), visit.inspectionId(), visit.visitedOn(), visit.place(), visit.people(),
                    visit.notes());
        }
    }

    @POST
    @RolesAllowed({Roles.TEAM_LEADER, Roles.TEAM_MEMBER})
    @Operation(operationId = "recordVisit",
            summary = "Record a visit", description = "While stationed.")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(schema = @Schema(implementation = VisitView.class)))
    @APIResponse(responseCode = "409", description = "The inspection is not STATIONED")
    public Response record(@NotNull @Valid VisitRequest request) {
        Visit visit = fieldwork.recordVisit(request.inspectionId(), request.visitedOn(), request.place(), request.people(),
                request.notes(), caller);
        return Response.status(201).entity(VisitView.of(visit)).build();
    }

    @GET
    @RolesAllowed({Roles.OFFICE, Roles.LEADERSHIP, Roles.TEAM_LEADER, Roles.TEAM_MEMBER})
    @Operation(operationId = "listVisits",
            summary = "List an inspection's visits")
    @APIResponse(responseCode = "200", description = "The visits")
    @APIResponse(responseCode = "404", description = "No such inspection, or not the caller's team's")
    public Page<VisitView> ofInspection(@QueryParam("inspectionId") @NotNull UUID inspectionId,
            @Parameter(description = "The `next` of the previous page") @QueryParam("cursor") String cursor,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
        return Page.slice(fieldwork.visits(inspectionId, caller).stream().map(VisitView::of).toList(), cursor, limit);
    }
}
