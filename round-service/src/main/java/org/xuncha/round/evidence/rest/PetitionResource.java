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
import org.xuncha.round.evidence.Fieldwork;
import org.xuncha.round.evidence.Petition;
import org.xuncha.round.evidence.PetitionChannel;

@Idempotent
@Path("/petitions")
@Tag(name = "Evidence")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PetitionResource {

    private final Fieldwork fieldwork;
    private final Caller caller;

    public PetitionResource(Fieldwork fieldwork, Caller caller) {
        this.fieldwork = fieldwork;
        this.caller = caller;
    }

    @Schema(name = "PetitionRequest", description = "A petition (信访) received while stationed")
    public record PetitionRequest(@NotNull UUID inspectionId,
            @Schema(description = "What it is about, if below the inspected organization") UUID organizationId,
            @NotNull @PastOrPresent LocalDate receivedOn, @NotNull PetitionChannel channel,
            @Schema(description = "Confidential; absent when anonymous") @Size(max = 200) String petitioner,
            @NotBlank @Size(max = 500) String subject, @NotBlank @Size(max = 20000) String summary) {
    }

    @Schema(name = "Petition", description = "A petition; confidential")
    public record PetitionView(UUID id, UUID inspectionId, UUID organizationId, LocalDate receivedOn,
            PetitionChannel channel, String petitioner, String subject, String summary) {

        static PetitionView of(Petition petition) {
            return new PetitionView(petition.id(), petition.inspectionId(), petition.organizationId(),
                    petition.receivedOn(), petition.channel(), petition.petitioner(), petition.subject(),
                    petition.summary());
        }
    }

    @POST
    @RolesAllowed({Roles.TEAM_LEADER, Roles.TEAM_MEMBER})
    @Operation(operationId = "receivePetition",
            summary = "Record a petition", description = "While stationed; about the inspected organization or one below it.")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(schema = @Schema(implementation = PetitionView.class)))
    @APIResponse(responseCode = "409", description = "The inspection is not STATIONED")
    public Response receive(@NotNull @Valid PetitionRequest request) {
        Petition petition = fieldwork.receivePetition(request.inspectionId(), request.organizationId(),
                request.receivedOn(), request.channel(), request.petitioner(), request.subject(), request.summary(),
                caller);
        return Response.created(URI.create("/petitions/" + petition.id())).entity(PetitionView.of(petition)).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.OFFICE, Roles.LEADERSHIP, Roles.TEAM_LEADER, Roles.TEAM_MEMBER})
    @Operation(operationId = "readPetition",
            summary = "Read a petition", description = "Confidential: the office, the leadership and the team's leader.")
    @APIResponse(responseCode = "200", description = "The petition")
    @APIResponse(responseCode = "404", description = "No such petition, or not one the caller may read")
    public PetitionView read(@PathParam("id") UUID id) {
        return PetitionView.of(fieldwork.petition(id, caller));
    }

    @GET
    @RolesAllowed({Roles.OFFICE, Roles.LEADERSHIP, Roles.TEAM_LEADER, Roles.TEAM_MEMBER})
    @Operation(operationId = "listPetitions",
            summary = "List an inspection's petitions", description = "Confidential, like reading one.")
    @APIResponse(responseCode = "200", description = "The petitions")
    @APIResponse(responseCode = "404", description = "No such inspection, or not one the caller may read")
    public Page<PetitionView> ofInspection(@QueryParam("inspectionId") @NotNull UUID inspectionId,
            @Parameter(description = "The `next` of the previous page") @QueryParam("cursor") String cursor,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
        return fieldwork.petitions(inspectionId, cursor, limit, caller).map(PetitionView::of);
    }
}
