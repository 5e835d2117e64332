package org.xuncha.round.consultation.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
import org.xuncha.round.consultation.ConsultationOpinion;
import org.xuncha.round.consultation.Consultations;
import org.xuncha.round.consultation.Stance;
import org.xuncha.round.preparation.PartnerDepartment;

/** Partner departments' opinions on whom a round should inspect (征求意见, seeds 000 and 002). */
@Path("/consultations")
@Tag(name = "Planning")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Idempotent
public class ConsultationResource {

    private final Consultations consultations;
    private final Caller caller;

    public ConsultationResource(Consultations consultations, Caller caller) {
        this.consultations = consultations;
        this.caller = caller;
    }

    @Schema(name = "ConsultationOpinionRequest", description = "A partner department's opinion on an organization, "
            + "asked before the round")
    public record OpinionRequest(
            @NotNull UUID roundId,
            @Schema(example = "AUDIT") @NotNull PartnerDepartment department,
            @NotNull UUID organizationId,
            @Schema(description = "INSPECT needs reasons", example = "INSPECT") @NotNull Stance stance,
            @Schema(example = "2025年度审计发现专项资金未按规定用途使用") @Size(max = 4000) String reasons,
            @Schema(example = "2026-02-20") @NotNull @PastOrPresent LocalDate givenOn) {
    }

    @Schema(name = "ConsultationOpinion", description = "A partner department's opinion on an organization")
    public record OpinionView(UUID id, UUID roundId, UUID termId, @Schema(example = "AUDIT") PartnerDepartment department,
            UUID organizationId, @Schema(example = "INSPECT") Stance stance,
            @Schema(example = "2025年度审计发现专项资金未按规定用途使用") String reasons,
            @Schema(example = "2026-02-20") LocalDate givenOn, String recordedBy, OffsetDateTime recordedAt) {

        static OpinionView of(ConsultationOpinion opinion) {
            return new OpinionView(opinion.id(), opinion.roundId(), opinion.termId(), opinion.department(),
                    opinion.organizationId(), opinion.stance(), opinion.reasons(), opinion.givenOn(),
                    opinion.recordedBy(), opinion.recordedAt());
        }
    }

    @POST
    @RolesAllowed({Roles.OFFICE})
    @Operation(operationId = "createConsultationOpinion", summary = "Record a department's opinion for a round",
            description = "Once per round, department and organization, while the round is planned (none of its "
                    + "inspections stationed yet). An opinion that advises an inspection (INSPECT, with reasons) adds "
                    + "to the organization's CONSULTATIONS signal in the term's candidate ranking "
                    + "(`/coverage/{termId}/candidates`).")
    @APIResponse(responseCode = "201", description = "Recorded; `Location` names it",
            content = @Content(schema = @Schema(implementation = OpinionView.class)))
    @APIResponse(responseCode = "400", description = "A field breaks a rule, or names no round or organization")
    @APIResponse(responseCode = "403", description = "Not the office")
    @APIResponse(responseCode = "409", description = "The opinion is recorded already, or the round is under way")
    public Response record(@NotNull @Valid OpinionRequest request) {
        ConsultationOpinion opinion = consultations.record(request.roundId(), request.department(),
                request.organizationId(), request.stance(), request.reasons(), request.givenOn(), caller);
        return Response.created(URI.create("/consultations/" + opinion.id())).entity(OpinionView.of(opinion)).build();
    }

    @GET
    @RolesAllowed({Roles.OFFICE, Roles.LEADERSHIP})
    @Operation(operationId = "listConsultationOpinions", summary = "List opinions",
            description = "By round, organization, department and stance, oldest first.")
    @APIResponse(responseCode = "200", description = "A page of opinions")
    @APIResponse(responseCode = "400", description = "A bad cursor or limit")
    public Page<OpinionView> list(@QueryParam("roundId") UUID roundId, @QueryParam("organizationId") UUID organizationId,
            @QueryParam("department") PartnerDepartment department, @QueryParam("stance") Stance stance,
            @Parameter(description = "The `next` of the previous page") @QueryParam("cursor") @Size(max = 200) String cursor,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
        return consultations.list(roundId, organizationId, department, stance, cursor, limit).map(OpinionView::of);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.OFFICE, Roles.LEADERSHIP})
    @Operation(operationId = "readConsultationOpinion", summary = "Read an opinion")
    @APIResponse(responseCode = "200", description = "The opinion")
    @APIResponse(responseCode = "404", description = "No such opinion")
    public OpinionView read(@PathParam("id") UUID id) {
        return OpinionView.of(consultations.get(id));
    }
}
