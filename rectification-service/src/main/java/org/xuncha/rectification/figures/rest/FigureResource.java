package org.xuncha.rectification.figures.rest;

import jakarta.validation.constraints.Size;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.xuncha.platform.security.Caller;
import org.xuncha.platform.security.Roles;
import org.xuncha.rectification.figures.FigureFilter;
import org.xuncha.rectification.figures.Figures;
import org.xuncha.rectification.figures.RectificationFigures;

/** The rectification figures a committee reports. */
@Path("/figures")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Figures")
public class FigureResource {

    private final Figures figures;
    private final Caller caller;

    public FigureResource(Figures figures, Caller caller) {
        this.figures = figures;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.OFFICE, Roles.LEADERSHIP, Roles.DISCIPLINE, Roles.ORGANIZATION, Roles.UNIT,
            Roles.LEADER_IN_CHARGE})
    @Operation(operationId = "readFigures",
            summary = "Rectification figures", description = "For a term, a round, a team, an organization or an "
            + "organization type (any combination), within the cases the caller may see: the rectification rate at the "
            + "first report and after supervision, items overdue, money recovered, rules established.")
    @APIResponse(responseCode = "200", description = "The figures")
    public RectificationFigures figures(@QueryParam("termId") UUID termId, @QueryParam("roundId") UUID roundId,
            @QueryParam("teamId") UUID teamId, @QueryParam("organizationId") UUID organizationId,
            @Parameter(description = "e.g. TOWNSHIP, VILLAGE", example = "VILLAGE")
            @QueryParam("organizationType") @Size(max = 40) String organizationType) {
        return figures.of(new FigureFilter(termId, roundId, teamId, organizationId, organizationType), caller);
    }
}
