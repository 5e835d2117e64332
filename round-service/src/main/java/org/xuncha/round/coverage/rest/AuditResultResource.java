package org.xuncha.round.coverage.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.OffsetDateTime;
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
import org.xuncha.round.coverage.AuditResult;
import org.xuncha.round.coverage.Coverage;

@Idempotent
@Path("/audit-results")
@Tag(name = "Coverage")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AuditResultResource {

    private final Coverage coverage;

    public AuditResultResource(Coverage coverage) {
        this.coverage = coverage;
    }

    @Schema(name = "AuditResultRequest", description = "What an audit of an organization found")
    public record AuditResultRequest(
            @NotNull UUID organizationId,
            @Schema(example = "2025") @NotNull @Min(1949) @Max(2200) Integer year,
            @Schema(example = "7") @NotNull @Min(0) @Max(100000) Integer issueCount,
            @Size(max = 4000) String summary) {
    }

    @Schema(name = "AuditResult", description = "What an audit found (巡审联动)")
    public record AuditResultView(UUID id, UUID organizationId, int year, int issueCount, String summary,
            OffsetDateTime recordedAt) {

        static AuditResultView of(AuditResult result) {
            return new AuditResultView(result.id(), result.organizationId(), result.year(), result.issueCount(),
                    result.summary(), result.recordedAt());
        }
    }

    @POST
    @RolesAllowed({Roles.OFFICE, Roles.INTEGRATION})
    @Operation(operationId = "recordAuditResult",
            summary = "Record an audit result", description = "Audit findings weigh in ranking whom to inspect.")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(schema = @Schema(implementation = AuditResultView.class)))
    public Response record(@NotNull @Valid AuditResultRequest request) {
        AuditResult result = coverage.recordAuditResult(request.organizationId(), request.year(), request.issueCount(),
                request.summary());
        return Response.status(201).entity(AuditResultView.of(result)).build();
    }

    @GET
    @RolesAllowed({Roles.OFFICE, Roles.LEADERSHIP})
    @Operation(operationId = "listAuditResults",
            summary = "List an organization's audit results", description = "Newest year first.")
    @APIResponse(responseCode = "200", description = "The results")
    public Page<AuditResultView> ofOrganization(@QueryParam("organizationId") @NotNull UUID organizationId,
            @Parameter(description = "The `next` of the previous page") @QueryParam("cursor") String cursor,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
        return Page.slice(coverage.auditResultsOf(organizationId).stream().map(AuditResultView::of).toList(), cursor, limit);
    }
}
