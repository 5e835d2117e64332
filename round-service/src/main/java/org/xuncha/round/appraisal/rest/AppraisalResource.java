package org.xuncha.round.appraisal.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.xuncha.platform.paging.Page;
import org.xuncha.round.appraisal.Appraisals;
import org.xuncha.round.appraisal.Appraisals.Appraisal;
import org.xuncha.platform.security.Roles;

/** The yearly appraisal of teams and cadres, and rotation (seed 004 §17). */
@Path("/appraisals")
@Tag(name = "Figures")
@Produces(MediaType.APPLICATION_JSON)
public class AppraisalResource {

    private static final String SCORE = "Score: each confirmed finding 1, each lead 2, and 3 more for a lead that led "
            + "to a case (立案, 处分, 移送司法) (`xuncha.appraisal.weights.*`); the year in the committee's zone.";

    private final Appraisals appraisals;

    public AppraisalResource(Appraisals appraisals) {
        this.appraisals = appraisals;
    }

    @Schema(name = "Appraisal", description = "A team's or cadre's year (年度绩效考核)")
    public record AppraisalView(UUID id, @Schema(example = "第一巡察组") String name,
            @Schema(description = "Findings confirmed in the year (a cadre's: those they drafted)", example = "12") long findings,
            @Schema(description = "Leads registered in the year", example = "3") long leads,
            @Schema(description = "Of them, those that led to a case", example = "1") long leadsToCases,
            @Schema(example = "21") long score,
            @Schema(description = "Cadres: the day they first served on a team (轮岗)") LocalDate servingSince,
            @Schema(description = "Cadres: days since then", example = "730") Long daysServed,
            @Schema(description = "Cadres: teams served on, all years (人次)", example = "4") Long teams) {

        static AppraisalView of(Appraisal a) {
            return new AppraisalView(a.id(), a.name(), a.findings(), a.leads(), a.leadsToCases(), a.score(),
                    a.servingSince(), a.daysServed(), a.teams());
        }
    }

    @GET
    @Path("/teams")
    @RolesAllowed({Roles.OFFICE, Roles.LEADERSHIP})
    @Operation(operationId = "listTeamAppraisals", summary = "Appraise the teams of a year", description = "Best "
            + "first. " + SCORE)
    @APIResponse(responseCode = "200", description = "A page of appraisals")
    @APIResponse(responseCode = "400", description = "A bad year, cursor or limit")
    public Page<AppraisalView> teams(@QueryParam("year") @NotNull @Min(2000) @Max(2200) Integer year,
            @Parameter(description = "The `next` of the previous page") @QueryParam("cursor") @Size(max = 200) String cursor,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
        return appraisals.teams(year, cursor, limit).map(AppraisalView::of);
    }

    @GET
    @Path("/cadres")
    @RolesAllowed({Roles.OFFICE, Roles.LEADERSHIP})
    @Operation(operationId = "listCadreAppraisals", summary = "Appraise the cadres of a year",
            description = "The cadres who served or turned up findings or leads in the year, best first, with how long "
                    + "each has served (rotation, 定期轮岗). " + SCORE)
    @APIResponse(responseCode = "200", description = "A page of appraisals")
    @APIResponse(responseCode = "400", description = "A bad year, cursor or limit")
    public Page<AppraisalView> cadres(@QueryParam("year") @NotNull @Min(2000) @Max(2200) Integer year,
            @Parameter(description = "The `next` of the previous page") @QueryParam("cursor") @Size(max = 200) String cursor,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
        return appraisals.cadres(year, cursor, limit).map(AppraisalView::of);
    }
}
