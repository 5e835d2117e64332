package org.xuncha.platform.audit.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.xuncha.platform.audit.AuditEntry;
import org.xuncha.platform.audit.AuditTrail;
import org.xuncha.platform.paging.Page;
import org.xuncha.platform.security.Roles;

/** The audit trail of the service's records, and its verification. Office and leadership only. */
@Path("/audit-trail")
@Tag(name = "Audit trail")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.OFFICE, Roles.LEADERSHIP})
public class AuditTrailResource {

    private final AuditTrail trail;

    public AuditTrailResource(AuditTrail trail) {
        this.trail = trail;
    }

    @Schema(name = "AuditEntry", description = "A record inserted, updated or deleted, by whom and when, chained by hashes")
    public record EntryView(
            @Schema(description = "Position in the trail, from 1", example = "42") long seq,
            OffsetDateTime occurredAt,
            @Schema(description = "The account (token subject), or `system` for the service's own work", example = "user-office-1")
            String actor,
            @Schema(enumeration = {"INSERT", "UPDATE", "DELETE"}, example = "UPDATE") String action,
            @Schema(description = "The kind of record: its table", example = "lead") String aggregate,
            @Schema(description = "The record's key", example = "0193a3c4-1f0e-7d22-a1f4-32e5b7c0d9a1") String aggregateId,
            @Schema(description = "The record before the change, as JSON text; absent for an insert") String before,
            @Schema(description = "The record after the change, as JSON text; absent for a delete") String after,
            @Schema(description = "SHA-256 of the entry before it (64 zeros for the first)") String previousHash,
            @Schema(description = "SHA-256 of this entry's canonical form") String hash) {

        static EntryView of(AuditEntry entry) {
            return new EntryView(entry.seq(), entry.occurredAt(), entry.actor(), entry.action(), entry.aggregate(),
                    entry.aggregateId(), entry.before(), entry.after(), entry.previousHash(), entry.hash());
        }
    }

    @Schema(name = "AuditVerification", description = "The chain checked from its first entry")
    public record VerificationView(
            @Schema(description = "Every entry links to the one before, matches its hash, and every published head is in it")
            boolean intact,
            @Schema(description = "Entries found whole before the first broken one, or all of them", example = "1200")
            long entriesChecked,
            @Schema(description = "The last whole entry", example = "1200") long headSeq,
            String headHash,
            @Schema(description = "The first broken entry; absent when intact", example = "17") Long firstBrokenSeq,
            @Schema(description = "How it is broken", example = "its content does not match its hash") String reason) {

        static VerificationView of(AuditTrail.Verification verification) {
            return new VerificationView(verification.intact(), verification.entriesChecked(), verification.headSeq(),
                    verification.headHash(), verification.firstBrokenSeq(), verification.reason());
        }
    }

    @GET
    @Operation(operationId = "listAuditEntries", summary = "Read the audit trail",
            description = "Oldest first, filtered by the kind and key of record, the account that acted, and time "
                    + "(`from` inclusive, `to` exclusive).")
    @APIResponse(responseCode = "200", description = "A page of entries")
    @APIResponse(responseCode = "400", description = "A bad cursor, limit or time")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Neither the office nor the leadership")
    public Page<EntryView> list(
            @Parameter(description = "The kind of record (its table)", example = "lead") @QueryParam("aggregate") @Size(max = 100) String aggregate,
            @Parameter(description = "The record's key") @QueryParam("aggregateId") @Size(max = 200) String aggregateId,
            @Parameter(description = "The account that acted") @QueryParam("actor") @Size(max = 255) String actor,
            @Parameter(example = "2026-03-01T00:00:00+08:00") @QueryParam("from") OffsetDateTime from,
            @Parameter(example = "2026-04-01T00:00:00+08:00") @QueryParam("to") OffsetDateTime to,
            @Parameter(description = "The `next` of the previous page") @QueryParam("cursor") @Size(max = 200) String cursor,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
        return trail.list(new AuditTrail.Filter(aggregate, aggregateId, actor, from, to), cursor, limit)
                .map(EntryView::of);
    }

    @GET
    @Path("/verification")
    @Operation(operationId = "verifyAuditTrail", summary = "Verify the audit trail",
            description = "Walks the chain from its first entry and names the first one edited, deleted, reordered or "
                    + "inserted, and a published head no longer in it (a cut tail).")
    @APIResponse(responseCode = "200", description = "The verification; `intact` false names the first broken entry",
            content = @Content(schema = @Schema(implementation = VerificationView.class)))
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Neither the office nor the leadership")
    public VerificationView verify() {
        return VerificationView.of(trail.verify());
    }
}
