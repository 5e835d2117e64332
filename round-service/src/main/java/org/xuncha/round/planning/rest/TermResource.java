package org.xuncha.round.planning.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
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
import org.xuncha.round.planning.Planning;
import org.xuncha.round.planning.Term;

@Idempotent
@Path("/terms")
@Tag(name = "Planning")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TermResource {

    private final Planning planning;

    public TermResource(Planning planning) {
        this.planning = planning;
    }

    @POST
    @RolesAllowed({Roles.OFFICE, Roles.INTEGRATION})
    @Operation(operationId = "openTerm",
            summary = "Open a term", description = "A committee's five-year term (届); coverage is counted per term.")
    @APIResponse(responseCode = "201", description = "Opened; Location names the term",
            content = @Content(schema = @Schema(implementation = TermView.class)))
    public Response open(@NotNull @Valid TermRequest request) {
        Term term = planning.openTerm(request.name(), request.startsOn(), request.endsOn());
        return Response.created(URI.create("/terms/" + term.id())).entity(TermView.of(term)).build();
    }

    @GET
    @RolesAllowed({Roles.OFFICE, Roles.LEADERSHIP, Roles.INTEGRATION, Roles.TEAM_LEADER, Roles.TEAM_MEMBER})
    @Operation(operationId = "listTerms",
            summary = "List terms", description = "Newest first.")
    @APIResponse(responseCode = "200", description = "The terms")
    public Page<TermView> list(@Parameter(description = "The `next` of the previous page") @QueryParam("cursor") String cursor,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
        return Page.slice(planning.terms().stream().map(TermView::of).toList(), cursor, limit);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.OFFICE, Roles.LEADERSHIP, Roles.INTEGRATION, Roles.TEAM_LEADER, Roles.TEAM_MEMBER})
    @Operation(operationId = "readTerm",
            summary = "Read a term")
    @APIResponse(responseCode = "200", description = "The term")
    @APIResponse(responseCode = "404", description = "No such term")
    public TermView read(@PathParam("id") UUID id) {
        return TermView.of(planning.term(id));
    }
}
