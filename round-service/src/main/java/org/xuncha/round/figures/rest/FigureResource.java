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
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.xuncha.platform.paging.Page;
import org.xuncha.platform.security.Roles;
import org.xuncha.round.figures.FigureScope;
import org.xuncha.round.figures.Figures;
import org.xuncha.round.figures.Summaries;
import org.xuncha.round.registry.OrganizationType;

@Path("/figures")
@Tag(name = "Figures")
@Produces(MediaType.APPLICATION_JSON)
public class FigureResource {

    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private final Figures figures;
    private final Summaries summaries;

    public FigureResource(Figures figures, Summaries summaries) {
        this.figures = figures;
        this.summaries = summaries;
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
    @Path("/summary")
    @RolesAllowed({Roles.OFFICE, Roles.LEADERSHIP})
    @Operation(operationId = "readFiguresSummary", summary = "The figures as the office writes them",
            description = "The summary paragraph of a term, round or team (optionally for one organization type) in the "
            + "seeds' own shape: rounds, teams, organizations inspected and coverage, cadres deployed in 人次, problems "
            + "fed back, leads transferred, the rectification rate at the first report and after supervision, money "
            + "recovered in 万元. Give at least one of termId, roundId, teamId.")
    @APIResponse(responseCode = "200", description = "The paragraph")
    public Summaries.Summary summary(@QueryParam("termId") UUID termId, @QueryParam("roundId") UUID roundId,
            @QueryParam("teamId") UUID teamId, @QueryParam("organizationType") OrganizationType organizationType) {
        return summaries.of(new FigureScope(termId, roundId, teamId, organizationType));
    }

    @GET
    @Path("/summary.docx")
    @Produces(DOCX)
    @RolesAllowed({Roles.OFFICE, Roles.LEADERSHIP})
    @Operation(operationId = "downloadFiguresSummaryDocument", summary = "The summary paragraph as a Word document",
            description = "The same paragraph as readFiguresSummary, in a .docx laid out as an official document "
            + "(GB/T 9704-2012: A4, standard margins, 方正小标宋简体 title, 仿宋_GB2312 body, page numbers).")
    @APIResponse(responseCode = "200", description = "The document",
            content = @Content(mediaType = DOCX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response summaryDocument(@QueryParam("termId") UUID termId, @QueryParam("roundId") UUID roundId,
            @QueryParam("teamId") UUID teamId, @QueryParam("organizationType") OrganizationType organizationType) {
        byte[] document = summaries.document(new FigureScope(termId, roundId, teamId, organizationType));
        return Response.ok(document, DOCX).header("Content-Disposition", "attachment; filename=\"summary.docx\"")
                .header("Cache-Control", "no-store").build();
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
