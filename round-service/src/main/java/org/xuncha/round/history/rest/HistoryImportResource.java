package org.xuncha.round.history.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.xuncha.platform.idempotency.Idempotent;
import org.xuncha.platform.security.Caller;
import org.xuncha.platform.security.Roles;
import org.xuncha.round.history.HistoryImports;
import jakarta.validation.constraints.Size;
import org.xuncha.platform.imports.ImportJob;
import org.xuncha.platform.imports.Uploads;

@Path("/imports/history")
@Tag(name = "Imports")
@Produces(MediaType.APPLICATION_JSON)
@Idempotent
public class HistoryImportResource {

    static final String CSV = Uploads.CSV;
    static final String NDJSON = Uploads.NDJSON;
    static final String XLSX = Uploads.XLSX;

    private final HistoryImports imports;
    private final Caller caller;

    public HistoryImportResource(HistoryImports imports, Caller caller) {
        this.imports = imports;
        this.caller = caller;
    }

    /** The job as queued: the report of GET /imports/{id}, whose schema it shares. */
    @Schema(name = "HistoryImportQueued", description = "A history import job as queued; GET /imports/{id} reports on it")
    public record Queued(UUID id, @Schema(example = "history") String kind, @Schema(example = "ndjson") String format,
            @Schema(example = "UTF-8") String charset, boolean dryRun, @Schema(example = "QUEUED") String state) {

        static Queued of(ImportJob job) {
            return new Queued(job.id(), job.kind(), job.format(), job.charset(), job.dryRun(), job.state().name());
        }
    }

    @POST
    @Consumes({NDJSON, CSV, XLSX})
    @RolesAllowed({Roles.OFFICE, Roles.INTEGRATION})
    @Operation(operationId = "importHistory", summary = "Import a term's history: earlier rounds and what came of them",
            description = "One file, a row per item, each with its kind (kind/类别): round (roundNumber, roundKind, theme, "
                    + "partnerCommittee, startsOn, batch), team (roundNumber, teamName, teamKind), member (roundNumber, teamName, "
                    + "cadreId or cadreName, position, sourceSystem), inspection (inspectionNumber, roundNumber, teamName, "
                    + "organizationCode, stationedOn, withdrawnOn), extension (inspectionNumber, organizationCode, addedOn), "
                    + "finding (findingNumber, inspectionNumber, categoryCode, description, moneyInvolved, state, foundOn), lead "
                    + "(leadNumber, inspectionNumber, summary, persons, source, receivedOn, transferredOn, transferredTo, "
                    + "receivingBody, disposition, disposedOn, casesFiled, personsSanctioned, judicialTransfers, archivedOn), "
                    + "report (reportNumber, inspectionNumber or roundNumber, reportKind, title, body, approvedOn), "
                    + "recommendation (reportNumber, department, content, issuedOn), feedback (inspectionNumber, issuedOn). "
                    + "Rows may come in any order and name rows of the file or items imported before, by the office's own "
                    + "numbers; organizations by their office code. Items upsert by those numbers within the term: the same "
                    + "file again changes nothing (rowsUnchanged). Unknown references, wrong types and duplicates within the "
                    + "file are row errors (GET /imports/{id}/errors); the other rows are kept unless allOrNothing. Feedback "
                    + "sends FeedbackIssued marked historical, so rectification-service opens the case its ledger is imported "
                    + "into (POST /imports/ledgers there); coverage, the three-year rule, risk ranking and /figures count "
                    + "imported items like live ones. NDJSON (an object a line), CSV (UTF-8 with or without BOM, or GBK) "
                    + "or XLSX (the sheet named by sheet, else the sheet named history, else the first visible one; date "
                    + "cells read as yyyy-MM-dd; GET /imports/templates/history.xlsx is a template) with English or "
                    + "Chinese headers.")
    @RequestBody(required = true, description = "The file, at most 256 MiB", content = {
            @Content(mediaType = NDJSON, schema = @Schema(type = SchemaType.STRING, maxLength = 268435456),
                    examples = @ExampleObject(name = "a round, a team, an inspection and its feedback", value = """
                            {"kind":"round","roundNumber":3,"roundKind":"REGULAR","startsOn":"2019-03-01"}
                            {"kind":"team","roundNumber":3,"teamName":"第一巡察组"}
                            {"kind":"inspection","inspectionNumber":"R3-01","roundNumber":3,"teamName":"第一巡察组","organizationCode":"410622-001","stationedOn":"2019-03-10","withdrawnOn":"2019-04-10"}
                            {"kind":"finding","findingNumber":"R3-01-001","inspectionNumber":"R3-01","categoryCode":"COUNTY-3","description":"村集体资金账外运行","moneyInvolved":"126000"}
                            {"kind":"feedback","inspectionNumber":"R3-01","issuedOn":"2019-05-20"}
                            """)),
            @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING, maxLength = 268435456),
                    examples = @ExampleObject(name = "a round", value = "类别,轮次,巡察类型,开始日期\n轮次,3,常规,2019-03-01\n")),
            @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary", maxLength = 268435456))})
    @APIResponse(responseCode = "202", description = "Queued; Location names the job (GET /imports/{id})",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Queued.class)))
    @APIResponse(responseCode = "400", description = "No termId or an unknown one, an unknown charset, an empty file, a "
            + "header that names no column or lacks kind, a file larger than 256 MiB, a workbook that is malformed, "
            + "encrypted or a zip bomb (field termId, charset or body), a workbook without the sheet asked for (field sheet)")
    @APIResponse(responseCode = "413", description = "The request is larger than the server accepts")
    @APIResponse(responseCode = "415", description = "Neither text/csv, application/x-ndjson nor an .xlsx workbook")
    public Response importHistory(
            @Parameter(description = "The term whose history this is", required = true) @QueryParam("termId") UUID termId,
            @Parameter(description = "The file's character set; detected when absent", example = "GBK")
            @QueryParam("charset") @Size(max = 40) String charset,
            @Parameter(description = "XLSX: the sheet to read; absent, the sheet named history, else the first visible one", example = "history")
            @QueryParam("sheet") @Size(max = 31) String sheet,
            @Parameter(description = "Validate everything and write nothing; the report is the same")
            @QueryParam("dryRun") @DefaultValue("false") boolean dryRun,
            @Parameter(description = "Write nothing if any row is rejected (the job FAILS and lists the errors)")
            @QueryParam("allOrNothing") @DefaultValue("false") boolean allOrNothing,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            InputStream body) {
        ImportJob job = imports.start(body, Uploads.format(contentType), charset, sheet, termId, dryRun, allOrNothing,
                caller.userId());
        return Response.accepted(Queued.of(job)).location(URI.create("/imports/" + job.id())).build();
    }
}
