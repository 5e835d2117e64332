package org.xuncha.round.coverage.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.xuncha.platform.idempotency.Idempotent;
import org.xuncha.platform.paging.Page;
import org.xuncha.platform.security.Roles;
import org.xuncha.round.coverage.Candidate;
import org.xuncha.round.coverage.Coverage;
import org.xuncha.round.coverage.CoverageRate;
import org.xuncha.round.coverage.ThreeYearBreach;
import org.xuncha.round.registry.OrganizationType;

@Idempotent
@Path("/coverage")
@Tag(name = "Coverage")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CoverageResource {

    private final Coverage coverage;
    private final Clock clock;

    public CoverageResource(Coverage coverage, Clock clock) {
        this.coverage = coverage;
        this.clock = clock;
    }

    @Schema(name = "ScopeRequest", description = "Organizations the term must cover")
    public record ScopeRequest(
            @NotEmpty @Size(max = 1000) List<@NotNull UUID> organizationIds,
            @Schema(description = "Also everything below each of them") boolean withSubtrees) {
    }

    @Schema(name = "ScopeChange", description = "How many organizations entered the scope")
    public record ScopeChange(int added, CoverageRate coverage) {
    }

    @Schema(name = "UncoveredOrganization", description = "An organization in scope not yet covered")
    public record UncoveredView(UUID id, String name, OrganizationType type, UUID parentId, LocalDate lastInspectedOn) {
    }

    @GET
    @Path("/{termId}")
    @RolesAllowed({Roles.OFFICE, Roles.LEADERSHIP})
    @Operation(operationId = "readCoverage",
            summary = "Coverage rate of a term", description = "Organizations in scope inspected in the term (REGULAR, "
            + "SPECIAL, MOBILE, LINKED, CROSS or ELEVATED, stationed), or villages and communities reached by extension, "
            + "divided by the organizations in scope.")
    @APIResponse(responseCode = "200", description = "The rate and its two counts")
    @APIResponse(responseCode = "404", description = "No such term")
    public CoverageRate rate(@PathParam("termId") UUID termId) {
        return coverage.rate(termId);
    }

    @POST
    @Path("/{termId}/scope")
    @RolesAllowed({Roles.OFFICE, Roles.INTEGRATION})
    @Operation(operationId = "addToScope",
            summary = "Put organizations in a term's scope", description = "应巡尽巡: the organizations the term must "
            + "cover. Those already inspected in the term count as covered at once.")
    @APIResponse(responseCode = "200", description = "How many entered the scope")
    @APIResponse(responseCode = "404", description = "No such term")
    public ScopeChange addToScope(@PathParam("termId") UUID termId, @NotNull @Valid ScopeRequest request) {
        int added = coverage.addToScope(termId, request.organizationIds(), request.withSubtrees());
        return new ScopeChange(added, coverage.rate(termId));
    }

    @DELETE
    @Path("/{termId}/scope/{organizationId}")
    @RolesAllowed({Roles.OFFICE})
    @Operation(operationId = "removeFromScope",
            summary = "Take an organization out of a term's scope")
    @APIResponse(responseCode = "204", description = "Taken out")
    @APIResponse(responseCode = "404", description = "The organization is not in the term's scope")
    public void removeFromScope(@PathParam("termId") UUID termId, @PathParam("organizationId") UUID organizationId) {
        coverage.removeFromScope(termId, organizationId);
    }

    @GET
    @Path("/{termId}/uncovered")
    @RolesAllowed({Roles.OFFICE, Roles.LEADERSHIP})
    @Operation(operationId = "listUncovered",
            summary = "Organizations not yet covered", description = "In the term's scope, optionally within a subtree "
            + "or of a type.")
    @APIResponse(responseCode = "200", description = "A page of organizations")
    @APIResponse(responseCode = "404", description = "No such term, or no organization `under`")
    public Page<UncoveredView> uncovered(@PathParam("termId") UUID termId, @QueryParam("under") UUID under,
            @QueryParam("type") OrganizationType type, @QueryParam("cursor") String cursor,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
        return coverage.uncovered(termId, under, type, cursor, limit).map(organization -> new UncoveredView(
                organization.id(), organization.name(), organization.type(), organization.parentId(),
                organization.lastInspectedOn()));
    }

    @GET
    @Path("/{termId}/three-year-breaches")
    @RolesAllowed({Roles.OFFICE, Roles.LEADERSHIP})
    @Operation(operationId = "listThreeYearBreaches",
            summary = "City-directed organizations past the three-year rule", description = "In the term's scope, not "
            + "inspected within three years as of a day (每三年至少覆盖一遍); never inspected counts from the term's start.")
    @APIResponse(responseCode = "200", description = "A page of breaches")
    @APIResponse(responseCode = "404", description = "No such term")
    public Page<ThreeYearBreach> threeYearBreaches(@PathParam("termId") UUID termId,
            @Parameter(description = "Today when absent") @QueryParam("asOf") LocalDate asOf,
            @QueryParam("cursor") String cursor, @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
        return coverage.threeYearBreaches(termId, asOf == null ? LocalDate.now(clock) : asOf, cursor, limit);
    }

    @GET
    @Path("/{termId}/candidates")
    @RolesAllowed({Roles.OFFICE, Roles.LEADERSHIP})
    @Operation(operationId = "listInspectionCandidates",
            summary = "Whom to inspect next", description = "Organizations in scope not yet covered, riskiest first: "
            + "open leads, petitions, findings of earlier inspections and audit issues (巡审联动), weighted; then the other "
            + "uncovered ones, in registry order.")
    @APIResponse(responseCode = "200", description = "The candidates, riskiest first")
    @APIResponse(responseCode = "404", description = "No such term")
    public Page<Candidate> candidates(@PathParam("termId") UUID termId,
            @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(500) int limit,
            @Parameter(description = "The `next` of the previous page") @QueryParam("cursor") String cursor) {
        return Page.slice(coverage.candidates(termId, limit), cursor, limit);
    }
}
