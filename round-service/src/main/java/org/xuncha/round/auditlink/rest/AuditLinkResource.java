package org.xuncha.round.auditlink.rest;

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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.xuncha.platform.idempotency.Idempotent;
import org.xuncha.platform.paging.Page;
import org.xuncha.platform.security.Caller;
import org.xuncha.platform.security.Roles;
import org.xuncha.round.auditlink.AuditFindingLink;
import org.xuncha.round.auditlink.AuditLinks;

/** Audit results linked to the findings they led to (巡审联动, seed 003). */
@Path("/audit-finding-links")
@Tag(name = "Coverage")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Idempotent
public class AuditLinkResource {

    private final AuditLinks links;
    private final Caller caller;

    public AuditLinkResource(AuditLinks links, Caller caller) {
        this.links = links;
        this.caller = caller;
    }

    @Schema(name = "AuditFindingLinkRequest", description = "An audit result and a finding it led to")
    public record LinkRequest(@NotNull UUID auditResultId, @NotNull UUID findingId,
            @Schema(example = "审计指出的专项资金问题经巡察核实") @Size(max = 2000) String note) {
    }

    @Schema(name = "AuditFindingLink", description = "An audit result that led to a finding")
    public record LinkView(UUID id, UUID auditResultId, UUID findingId,
            @Schema(example = "审计指出的专项资金问题经巡察核实") String note, OffsetDateTime linkedAt) {

        static LinkView of(AuditFindingLink link) {
            return new LinkView(link.id(), link.auditResultId(), link.findingId(), link.note(), link.linkedAt());
        }
    }

    @POST
    @RolesAllowed({Roles.OFFICE})
    @Operation(operationId = "createAuditFindingLink", summary = "Link an audit result to a finding it led to",
            description = "Once per pair: a finding of the audited organization or one below it, from the audit's "
                    + "year on (先审后巡).")
    @APIResponse(responseCode = "201", description = "Linked",
            content = @Content(schema = @Schema(implementation = LinkView.class)))
    @APIResponse(responseCode = "400", description = "No such audit result or finding, or a finding of another "
            + "organization or from before the audit")
    @APIResponse(responseCode = "403", description = "Not the office")
    @APIResponse(responseCode = "409", description = "Linked already")
    public Response link(@NotNull @Valid LinkRequest request) {
        AuditFindingLink link = links.link(request.auditResultId(), request.findingId(), request.note(), caller);
        return Response.status(201).entity(LinkView.of(link)).build();
    }

    @GET
    @RolesAllowed({Roles.OFFICE, Roles.LEADERSHIP})
    @Operation(operationId = "listAuditFindingLinks", summary = "List audit-finding links",
            description = "By audit result or finding, oldest first.")
    @APIResponse(responseCode = "200", description = "A page of links")
    @APIResponse(responseCode = "400", description = "A bad cursor or limit")
    public Page<LinkView> list(@QueryParam("auditResultId") UUID auditResultId, @QueryParam("findingId") UUID findingId,
            @Parameter(description = "The `next` of the previous page") @QueryParam("cursor") @Size(max = 200) String cursor,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
        return links.list(auditResultId, findingId, cursor, limit).map(LinkView::of);
    }
}
