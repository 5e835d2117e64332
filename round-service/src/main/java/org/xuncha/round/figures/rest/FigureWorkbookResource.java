package org.xuncha.round.figures.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.xuncha.platform.imports.Uploads;
import org.xuncha.platform.security.Roles;
import org.xuncha.round.figures.FigureScope;
import org.xuncha.round.figures.Summaries;
import org.xuncha.round.registry.OrganizationType;

/** GET /figures.xlsx: the figures of GET /figures as a workbook (a path beside /figures, not under it). */
@Path("/figures.xlsx")
@Tag(name = "Figures")
public class FigureWorkbookResource {

    private final Summaries summaries;

    public FigureWorkbookResource(Summaries summaries) {
        this.summaries = summaries;
    }

    @GET
    @Produces({Uploads.XLSX, MediaType.APPLICATION_JSON})
    @RolesAllowed({Roles.OFFICE, Roles.LEADERSHIP})
    @Operation(operationId = "downloadFiguresWorkbook", summary = "The figures as an Excel workbook",
            description = "The figures of readFigures for the same termId, roundId, teamId and organizationType, as an "
            + ".xlsx with one sheet (巡察数据): a row per figure with its Chinese label, its name in readFigures' JSON "
            + "(a dotted path such as coverage.rate or cadresBySourceSystem.DISCIPLINE) and its value as a number; "
            + "ratios are fractions shown as percentages, blank when they have no value. Give at least one of "
            + "termId, roundId, teamId.")
    @APIResponse(responseCode = "200", description = "The workbook",
            content = @Content(mediaType = Uploads.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "400", description = "None of termId, roundId, teamId, or one that is no id (field termId)")
    @APIResponse(responseCode = "404", description = "No such term, round or team")
    public Response workbook(@QueryParam("termId") UUID termId, @QueryParam("roundId") UUID roundId,
            @QueryParam("teamId") UUID teamId, @QueryParam("organizationType") OrganizationType organizationType) {
        byte[] workbook = summaries.workbook(new FigureScope(termId, roundId, teamId, organizationType));
        return Response.ok(workbook, Uploads.XLSX).header("Content-Disposition", "attachment; filename=\"figures.xlsx\"")
                .header("Cache-Control", "no-store").build();
    }
}
