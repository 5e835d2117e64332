package org.xuncha.round.pool.rest;

import jakarta.validation.constraints.Size;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.xuncha.platform.idempotency.Idempotent;
import org.xuncha.platform.paging.Page;
import org.xuncha.platform.security.Roles;
import org.xuncha.round.pool.Cadre;
import org.xuncha.round.pool.CadreEnrolment;
import org.xuncha.round.pool.Cadres;
import org.xuncha.round.pool.SourceSystem;
import org.xuncha.round.pool.TalentPool;

@Idempotent
@Path("/cadres")
@Tag(name = "Talent pools")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CadreResource {

    private final Cadres cadres;
    private final CadreEnrolment enrolment;

    public CadreResource(Cadres cadres, CadreEnrolment enrolment) {
        this.cadres = cadres;
        this.enrolment = enrolment;
    }

    @POST
    @RolesAllowed({Roles.OFFICE, Roles.INTEGRATION})
    @Operation(operationId = "registerCadre",
            summary = "Register a cadre", description = "With the postings and the relatives they declared, which "
            + "the avoidance check (三回避) reads.")
    @APIResponse(responseCode = "201", description = "Registered; Location names the cadre",
            content = @Content(schema = @Schema(implementation = CadreView.class)))
    @APIResponse(responseCode = "409", description = "Another cadre has this account")
    public Response register(@NotNull @Valid CadreRequest request) {
        Cadre cadre = enrolment.enrol(request.toProfile(),
                request.postings() == null ? List.of() : request.postings().stream().map(PostingDto::toPosting).toList(),
                request.relatives() == null ? List.of() : request.relatives().stream().map(RelativeDto::toRelative).toList());
        return Response.created(URI.create("/cadres/" + cadre.id())).entity(CadreView.of(cadre)).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.OFFICE, Roles.INTEGRATION})
    @Operation(operationId = "reviseCadre",
            summary = "Revise a cadre's profile")
    @APIResponse(responseCode = "200", description = "The cadre as revised")
    @APIResponse(responseCode = "404", description = "No such cadre")
    @APIResponse(responseCode = "409", description = "Another cadre has this account")
    public CadreView revise(@PathParam("id") UUID id, @NotNull @Valid CadreRevision revision) {
        return CadreView.of(cadres.revise(id, revision.toProfile()));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.OFFICE, Roles.LEADERSHIP, Roles.INTEGRATION})
    @Operation(operationId = "readCadre",
            summary = "Read a cadre")
    @APIResponse(responseCode = "200", description = "The cadre")
    @APIResponse(responseCode = "404", description = "No such cadre")
    public CadreView read(@PathParam("id") UUID id) {
        return CadreView.of(cadres.get(id));
    }

    @GET
    @RolesAllowed({Roles.OFFICE, Roles.LEADERSHIP, Roles.INTEGRATION})
    @Operation(operationId = "searchCadres",
            summary = "Search cadres", description = "By any part of the name, a skill, the source system, and the "
            + "pool they are active in.")
    @APIResponse(responseCode = "200", description = "A page of cadres")
    public Page<CadreView> search(
            @QueryParam("name") @Size(max = 100) String name,
            @QueryParam("skill") @Size(max = 100) String skill,
            @QueryParam("sourceSystem") SourceSystem sourceSystem,
            @QueryParam("activeIn") TalentPool activeIn,
            @QueryParam("cursor") String cursor,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
        return cadres.search(name, skill, sourceSystem, activeIn, cursor, limit).map(CadreView::of);
    }

    @POST
    @Path("/{id}/postings")
    @RolesAllowed({Roles.OFFICE, Roles.INTEGRATION})
    @Operation(operationId = "addPosting",
            summary = "Record a posting", description = "A post the cadre holds or held (任职经历).")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(schema = @Schema(implementation = PostingDto.class)))
    @APIResponse(responseCode = "404", description = "No such cadre")
    public Response addPosting(@PathParam("id") UUID id, @NotNull @Valid PostingDto posting) {
        return Response.status(201).entity(PostingDto.of(cadres.addPosting(id, posting.toPosting()))).build();
    }

    @POST
    @Path("/{id}/relatives")
    @RolesAllowed({Roles.OFFICE, Roles.INTEGRATION})
    @Operation(operationId = "declareRelative",
            summary = "Declare a relative", description = "A relative holding a post (亲属任职), for the KINSHIP ground.")
    @APIResponse(responseCode = "201", description = "Declared",
            content = @Content(schema = @Schema(implementation = RelativeDto.class)))
    @APIResponse(responseCode = "404", description = "No such cadre")
    public Response declareRelative(@PathParam("id") UUID id, @NotNull @Valid RelativeDto relative) {
        return Response.status(201).entity(RelativeDto.of(cadres.declareRelative(id, relative.toRelative()))).build();
    }

    @DELETE
    @Path("/{id}/relatives/{relativeId}")
    @RolesAllowed({Roles.OFFICE, Roles.INTEGRATION})
    @Operation(operationId = "withdrawRelative",
            summary = "Withdraw a declared relative")
    @APIResponse(responseCode = "204", description = "Withdrawn")
    @APIResponse(responseCode = "404", description = "No such cadre or relative")
    public void withdrawRelative(@PathParam("id") UUID id, @PathParam("relativeId") UUID relativeId) {
        cadres.withdrawRelative(id, relativeId);
    }
}
