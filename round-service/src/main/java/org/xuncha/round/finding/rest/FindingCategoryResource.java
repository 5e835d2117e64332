package org.xuncha.round.finding.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.xuncha.platform.security.Roles;
import org.xuncha.round.finding.Findings;

@Path("/finding-categories")
@Tag(name = "Findings")
@Produces(MediaType.APPLICATION_JSON)
public class FindingCategoryResource {

    private final Findings findings;

    public FindingCategoryResource(Findings findings) {
        this.findings = findings;
    }

    @GET
    @RolesAllowed({Roles.OFFICE, Roles.LEADERSHIP, Roles.TEAM_LEADER, Roles.TEAM_MEMBER, Roles.INTEGRATION})
    @Operation(summary = "List the finding taxonomy", description = "Every category of every scheme: COUNTY and CITY "
            + "(seed 004) and THREE_FOCUSES, and any scheme the committee loaded.")
    @APIResponse(responseCode = "200", description = "The categories by scheme and position")
    public List<FindingCategoryView> taxonomy() {
        return findings.taxonomy().stream().map(FindingCategoryView::of).toList();
    }
}
