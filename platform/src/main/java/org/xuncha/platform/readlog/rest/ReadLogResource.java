package org.xuncha.platform.readlog.rest;

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
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.xuncha.platform.paging.Page;
import org.xuncha.platform.readlog.ReadEntry;
import org.xuncha.platform.readlog.ReadLogEntries;
import org.xuncha.platform.security.Roles;

/** Who read which confidential record (按机密件办理). The leadership only. */
@Path("/read-log")
@Tag(name = "Read log")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.LEADERSHIP)
public class ReadLogResource {

    private final ReadLogEntries entries;

    public ReadLogResource(ReadLogEntries entries) {
        this.entries = entries;
    }

    @Schema(name = "ReadLogEntry", description = "One read of a confidential record: who, when, which record, by which operation")
    public record ReadView(
            @Schema(description = "Position in the log, from 1", example = "42") long seq,
            @Schema(description = "When, by the committee's clock") OffsetDateTime readAt,
            @Schema(description = "The account that read (token subject)", example = "user-office-1") String reader,
            @Schema(description = "The roles the reader's token held") List<String> readerRoles,
            @Schema(description = "The kind of record: its table", example = "lead",
                    enumeration = {"lead", "interview", "petition", "info_request", "case_notice",
                        "escalation"}) String recordKind,
            @Schema(description = "The record's id") UUID recordId,
            @Schema(description = "The operation that answered it (its operationId); a list names one entry per record shown",
                    example = "readLead") String operation) {

        static ReadView of(ReadEntry entry) {
            return new ReadView(entry.seq(), entry.readAt(), entry.reader(), entry.readerRoles(), entry.recordKind(),
                    entry.recordId(), entry.operation());
        }
    }

    @GET
    @Operation(operationId = "listReads", summary = "Read the read log of confidential records",
            description = "Every read of a confidential record (leads, interview records, petitions, info-request "
                    + "answers, case-opened notices): one entry per record read or listed, oldest first, filtered by "
                    + "the record (`recordKind`, `recordId`), the reader (`reader`, the token's subject) and time "
                    + "(`from` inclusive, `to` exclusive). A read that was refused (403, 404) is not in it.")
    @APIResponse(responseCode = "200", description = "A page of reads")
    @APIResponse(responseCode = "400", description = "A bad cursor, limit, id or time")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not the leadership")
    public Page<ReadView> list(
            @Parameter(description = "The kind of record (its table)", example = "lead") @QueryParam("recordKind") @Size(max = 100) String recordKind,
            @Parameter(description = "The record's id") @QueryParam("recordId") UUID recordId,
            @Parameter(description = "The account that read (token subject)") @QueryParam("reader") @Size(max = 255) String reader,
            @Parameter(example = "2026-03-01T00:00:00+08:00") @QueryParam("from") OffsetDateTime from,
            @Parameter(example = "2026-04-01T00:00:00+08:00") @QueryParam("to") OffsetDateTime to,
            @Parameter(description = "The `next` of the previous page") @QueryParam("cursor") @Size(max = 200) String cursor,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
        return entries.list(new ReadLogEntries.Filter(recordKind, recordId, reader, from, to), cursor, limit)
                .map(ReadView::of);
    }
}
