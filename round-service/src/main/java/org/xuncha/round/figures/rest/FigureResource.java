package org.xuncha.round.figures.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.xuncha.platform.paging.Page;
import org.xuncha.platform.security.Roles;
import org.xuncha.round.figures.FigureScope;
import org.xuncha.round.figures.Figures;
import org.xuncha.round.registry.OrganizationType;

@Path("/figures")
@Tag(name = "Figures")
@Produces(MediaType.APPLICATION_JSON)
public class FigureResource {

    private final Figures figures;

    public FigureResource(Figures figures) {
        this.figures = figures;
    }

    @GET
    @RolesAllowed({Roles.OFFICE, Roles.LEADERSHIP})
    @Operation(operationId = "readFigures",
            summary = "The figures of a term, round or team", description = "Rounds, teams, cadres deployed by "
            + "source system, organizations inspected and (for a whole term) coverage, villages reached by extension, "
            + "findings by category, leads transferred by receiving body, cases filed, persons sanctioned, judicial "
            + "transfers, opinions and recommendations issued, topic reports; optionally for one organization type. "
            + "Give at least one of termId, roundId, teamId.")
    @APIResponse(responseCode = "200", description = "The figures")
    public Figures.Totals figures(@QueryParam("termId") UUID termId, @QueryParam("roundId") UUID roundId,
            @QueryParam("teamId") UUID teamId, @QueryParam("organizationType") OrganizationType organizationType) {
        return figures.of(new FigureScope(termId, roundId, teamId, organizationType));
    }

    @GET
    @Path("/teams")
    @RolesAllowed({Roles.OFFICE, Roles.LEADERSHIP})
    @Operation(operationId = "listTeamPerformance",
            summary = "Team performance", description = "Per team: findings found and confirmed, leads found, "
            + "transferred and leading to a case.")
    @APIResponse(responseCode = "200", description = "The teams, most findings first")
    public Page<Figures.Performance> teams(@QueryParam("termId") UUID termId, @QueryParam("roundId") UUID roundId,
            @QueryParam("teamId") UUID teamId, @QueryParam("organizationType") OrganizationType organizationType,
            @Parameter(description = "The `next` of the previous page") @QueryParam("cursor") String cursor,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
        return Page.slice(figures.teams(new FigureScope(termId, roundId, teamId, organizationType)), cursor, limit);
    }

    @GET
    @Path("/cadres")
    @RolesAllowed({Roles.OFFICE, Roles.LEADERSHIP})
    @Operation(operationId = "listCadrePerformance",
            summary = "Cadre performance", description = "Per cadre: findings found and confirmed, leads found, "
            + "transferred and leading to a case.")
    @APIResponse(responseCode = "200", description = "The cadres, most findings first")
    public Page<Figures.Performance> cadres(@QueryParam("termId") UUID termId, @QueryParam("roundId") UUID roundId,
            @QueryParam("teamId") UUID teamId, @QueryParam("organizationType") OrganizationType organizationType,
            @Parameter(description = "The `next` of the previous page") @QueryParam("cursor") String cursor,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
        return Page.slice(figures.cadres(new FigureScope(termId, roundId, teamId, organizationType)), cursor, limit);
    }
}
