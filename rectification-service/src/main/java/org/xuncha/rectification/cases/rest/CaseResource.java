package org.xuncha.rectification.cases.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
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
import org.xuncha.platform.security.Caller;
import org.xuncha.platform.security.Roles;
import org.xuncha.rectification.cases.CaseFilter;
import org.xuncha.rectification.cases.CaseState;
import org.xuncha.rectification.cases.Cases;
import org.xuncha.rectification.ledger.rest.LedgerItemView;

@Path("/cases")
@Produces(MediaType.APPLICATION_JSON)
public class CaseResource {

    private final Cases cases;
    private final Caller caller;

    public CaseResource(Cases cases, Caller caller) {
        this.cases = cases;
        this.caller = caller;
    }

    @GET
    @Tag(name = "Cases")
    @RolesAllowed({Roles.OFFICE, Roles.LEADERSHIP, Roles.DISCIPLINE, Roles.ORGANIZATION, Roles.UNIT,
            Roles.LEADER_IN_CHARGE})
    @Operation(summary = "List rectification cases", description = "The cases the caller may see, oldest first: a UNIT "
            + "sees its own organization's, a leader in charge those of the organizations they oversee.")
    @APIResponse(responseCode = "200", description = "A page of cases")
    public Page<CaseView> list(
            @QueryParam("organizationId") UUID organizationId,
            @QueryParam("inspectionId") UUID inspectionId,
            @QueryParam("roundId") UUID roundId,
            @QueryParam("termId") UUID termId,
            @QueryParam("state") CaseState state,
            @Parameter(description = "The `next` of the previous page") @QueryParam("cursor") String cursor,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
        CaseFilter filter = new CaseFilter(organizationId, inspectionId, roundId, termId, state);
        return cases.list(filter, cursor, limit, caller).map(CaseView::of);
    }

    @GET
    @Path("/{id}")
    @Tag(name = "Cases")
    @RolesAllowed({Roles.OFFICE, Roles.LEADERSHIP, Roles.DISCIPLINE, Roles.ORGANIZATION, Roles.UNIT,
            Roles.LEADER_IN_CHARGE})
    @Operation(summary = "Read a rectification case")
    @APIResponse(responseCode = "200", description = "The case")
    @APIResponse(responseCode = "404", description = "No such case, or not one the caller may see")
    public CaseView read(@PathParam("id") UUID id) {
        return CaseView.of(cases.get(id, caller));
    }

    @GET
    @Path("/{id}/ledger")
    @Tag(name = "Ledger")
    @RolesAllowed({Roles.OFFICE, Roles.LEADERSHIP, Roles.DISCIPLINE, Roles.ORGANIZATION, Roles.UNIT,
            Roles.LEADER_IN_CHARGE})
    @Operation(summary = "Read a case's ledger", description = "Every item of the rectification ledger (整改台账), oldest first.")
    @APIResponse(responseCode = "200", description = "The ledger items")
    @APIResponse(responseCode = "404", description = "No such case, or not one the caller may see")
    public List<LedgerItemView> ledger(@PathParam("id") UUID id) {
        return cases.ledger(id, caller).stream().map(LedgerItemView::of).toList();
    }
}
