package org.xuncha.rectification.escalation.rest;

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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.xuncha.platform.idempotency.Idempotent;
import org.xuncha.platform.paging.Page;
import org.xuncha.platform.security.Caller;
import org.xuncha.platform.security.Roles;
import org.xuncha.rectification.Created;
import org.xuncha.rectification.escalation.Escalation;
import org.xuncha.rectification.escalation.EscalationKind;
import org.xuncha.rectification.escalation.Escalations;

/** Escalation records: collective admonishments and accountability decisions. */
@Idempotent
@Path("/escalations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Supervision")
public class EscalationResource {

    private final Escalations escalations;
    private final Caller caller;

    public EscalationResource(Escalations escalations, Caller caller) {
        this.escalations = escalations;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.OFFICE, Roles.LEADERSHIP})
    @Operation(operationId = "recordEscalation",
            summary = "Record an escalation", description = "Sets the ESCALATED flag of every case it concerns.")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EscalationView.class)))
    @APIResponse(responseCode = "403", description = "Only the office records escalations")
    public RestResponse<EscalationView> record(@Valid @NotNull EscalationRequest request) {
        Escalation recorded = escalations.record(request.toRecord(), caller);
        return Created.at("/escalations/" + recorded.id(), EscalationView.of(recorded));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.OFFICE, Roles.LEADERSHIP, Roles.DISCIPLINE, Roles.ORGANIZATION})
    @Operation(operationId = "readEscalation",
            summary = "Read an escalation")
    @APIResponse(responseCode = "200", description = "The escalation")
    @APIResponse(responseCode = "404", description = "No such escalation")
    public EscalationView read(@PathParam("id") UUID id) {
        return EscalationView.of(escalations.get(id));
    }

    @GET
    @RolesAllowed({Roles.OFFICE, Roles.LEADERSHIP, Roles.DISCIPLINE, Roles.ORGANIZATION})
    @Operation(operationId = "listEscalations",
            summary = "List escalations", description = "Oldest first. They name persons held accountable, so only the "
            + "office, leadership and the supervising bodies list them.")
    @APIResponse(responseCode = "200", description = "A page of escalations")
    public Page<EscalationView> list(@QueryParam("caseId") UUID caseId, @QueryParam("kind") EscalationKind kind,
            @Parameter(description = "The `next` of the previous page") @QueryParam("cursor") String cursor,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
        return escalations.list(caseId, kind, cursor, limit).map(EscalationView::of);
    }
}
