package org.xuncha.rectification.imports.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.InputStream;
import java.net.URI;
import java.time.Clock;
import java.time.OffsetDateTime;
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
import jakarta.validation.constraints.Size;
import org.xuncha.platform.idempotency.Idempotent;
import org.xuncha.platform.imports.ImportTemplate;
import org.xuncha.platform.imports.RejectedRows;
import org.xuncha.platform.imports.Uploads;
import org.xuncha.platform.paging.Page;
import org.xuncha.platform.security.Caller;
import org.xuncha.platform.security.Roles;
import org.xuncha.rectification.imports.LedgerColumns;
import org.xuncha.rectification.imports.LedgerImports;

@Path("/imports")
@Tag(name = "Imports")
@Produces(MediaType.APPLICATION_JSON)
@Idempotent
public class LedgerImportResource {

    static final String CSV = Uploads.CSV;
    static final String NDJSON = Uploads.NDJSON;
    static final String XLSX = Uploads.XLSX;

    private final LedgerImports imports;
    private final Caller caller;
    private final Clock clock;

    public LedgerImportResource(LedgerImports imports, Caller caller, Clock clock) {
        this.imports = imports;
        this.caller = caller;
        this.clock = clock;
    }

    @POST
    @Path("/ledgers")
    @Consumes({CSV, NDJSON, XLSX})
    @RolesAllowed({Roles.OFFICE, Roles.INTEGRATION})
    @Operation(operationId = "importLedgers", summary = "Import a term's historical rectification ledgers",
            description = "Brings in how the cases of earlier rounds were rectified (整改台账). The cases themselves are "
                    + "opened by round-service's history import (POST /imports/history there): its feedback rows send "
                    + "FeedbackIssued marked historical, with the office's inspection and finding numbers. A row is a case "
                    + "(kind case/案件) or an item (kind item/事项), matched by termId and inspectionNumber (巡察编号), an "
                    + "item also by itemNumber (问题编号: the finding's number, or the office's number of an item it added, "
                    + "which names its origin SECRETARY_POINT, ACCOUNTABILITY_POINT or OFFICE and its problem). Case columns: "
                    + "organizationSignedOn, organizationSigner, principalLeaderSignedOn, leaderInChargeSignedOn (三签收), "
                    + "planSubmittedOn, plan, reportedOn, reportSummary, closedOn, state. Item columns: measures, "
                    + "responsiblePerson, responsibleDepartment, term (IMMEDIATE/立行立改, DEADLINE/限期整改, "
                    + "LONG_TERM/长期坚持), deadline, state (OPEN, IN_PROGRESS, SUBMITTED, CLOSED), moneyRecovered, "
                    + "rulesEstablished, personsHeldAccountable, closedOn. Rows may come in any order. A row whose case has "
                    + "not arrived yet (the history not imported, or its feedback not yet consumed) is a row error naming "
                    + "the term and the inspection; run the same file again later: rows upsert, and what is recorded is "
                    + "unchanged (rowsUnchanged). Deadlines and states are the ledger's: a historical item is never "
                    + "overdue against today. What a row changes goes out as a live case's events (SignOffCompleted, "
                    + "LedgerItemClosed, RectificationReported, CaseClosed), so round-service follows imported cases as "
                    + "live ones and both services' figures agree. A closed item, a signature, the report or the closing "
                    + "are not moved by an import. The file is read in one transaction: a job that fails, is cancelled "
                    + "or is interrupted wrote nothing; dryRun=true validates and writes nothing; allOrNothing=true "
                    + "writes nothing if any row is rejected. CSV (UTF-8 with or without BOM, or GBK/GB18030, detected "
                    + "or declared by charset), NDJSON, or XLSX (the sheet named by sheet, else the sheet named ledgers, else "
                    + "the first visible one; date cells read as yyyy-MM-dd), with English or Chinese headers; at most "
                    + "268435456 bytes.")
    @RequestBody(required = true, description = "The file, at most 256 MiB", content = {
            @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING, maxLength = 268435456),
                    examples = @ExampleObject(name = "a case and its item", value = """
                            类别,巡察编号,问题编号,单位签收日期,主要负责人签收日期,分管领导签收日期,整改报告报送日期,销号日期,整改措施,责任人,整改类型,状态,挽回经济损失,建章立制,追责问责人数
                            案件,QH-1-01,,2018-05-21,2018-05-21,2018-05-22,2018-07-20,2018-09-30,,,,,,,
                            事项,QH-1-01,QH-1-01-001,,,,,2018-07-15,资金收回并纳入三资平台,张三,限期整改,已销号,126000.00,2,1
                            """)),
            @Content(mediaType = NDJSON, schema = @Schema(type = SchemaType.STRING, maxLength = 268435456),
                    examples = @ExampleObject(name = "an item", value = "{\"kind\":\"item\",\"inspectionNumber\":\"QH-1-01\","
                            + "\"itemNumber\":\"QH-1-01-001\",\"measures\":\"资金收回\",\"term\":\"DEADLINE\","
                            + "\"deadline\":\"2018-08-31\",\"state\":\"CLOSED\",\"closedOn\":\"2018-07-15\","
                            + "\"moneyRecovered\":\"126000.00\",\"rulesEstablished\":2,\"personsHeldAccountable\":1}\n")),
            @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary", maxLength = 268435456))})
    @APIResponse(responseCode = "202", description = "Queued; Location names the job (GET /imports/{id})",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportJobView.class)))
    @APIResponse(responseCode = "400", description = "No termId, an unknown charset, an empty file, a CSV header that "
            + "names no column or lacks kind or inspectionNumber, a file larger than 256 MiB (field termId, charset or body)")
    @APIResponse(responseCode = "413", description = "The request is larger than the server accepts")
    @APIResponse(responseCode = "415", description = "Neither text/csv, application/x-ndjson nor an .xlsx workbook")
    public Response importLedgers(
            @Parameter(description = "The term whose ledgers these are", required = true) @QueryParam("termId") UUID termId,
            @Parameter(description = "The file's character set; detected when absent (UTF-8, else GB18030)", example = "GBK")
            @QueryParam("charset") @Size(max = 40) String charset,
            @Parameter(description = "XLSX: the sheet to read; absent, the sheet named ledgers, else the first visible one", example = "ledgers")
            @QueryParam("sheet") @Size(max = 31) String sheet,
            @Parameter(description = "Validate everything and write nothing; the report is the same")
            @QueryParam("dryRun") @DefaultValue("false") boolean dryRun,
            @Parameter(description = "Write nothing unless every row is valid: one rejected row and the job FAILED with the errors listed")
            @QueryParam("allOrNothing") @DefaultValue("false") boolean allOrNothing,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            InputStream body) {
        var job = imports.start(body, Uploads.format(contentType), charset, sheet, termId, dryRun, allOrNothing,
                caller.userId());
        return Response.accepted(ImportJobView.of(job, OffsetDateTime.now(clock)))
                .location(URI.create("/imports/" + job.id())).build();
    }

    @GET
    @Path("/templates/ledgers.xlsx")
    @Produces({XLSX, MediaType.APPLICATION_JSON})
    @RolesAllowed({Roles.OFFICE, Roles.INTEGRATION})
    @Operation(operationId = "downloadLedgerTemplate", summary = "The .xlsx template of a ledger import",
            description = "A workbook with a sheet named ledgers: the Chinese headers of the office's ledger (each header's "
                    + "comment gives the English column name and whether it is required), one example row (an item of a "
                    + "finding, closed), and a drop-down list on the enumerated columns kind (类别), origin (事项来源), term "
                    + "(整改类型) and state (状态), their values on a hidden sheet, choices. Filled in and uploaded unchanged "
                    + "to POST /imports/ledgers, it is read as is: the example row is a row like the others. An item moves past "
                    + "OPEN only in a signed-off case, so items come with their case's row (类别 案件, its signatures) or "
                    + "after an import that recorded them.")
    @APIResponse(responseCode = "200", description = "The template",
            content = @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response template() {
        StreamingOutput file = out -> ImportTemplate.write(LedgerColumns.COLUMNS, out);
        return Response.ok(file, XLSX)
                .header("Content-Disposition", "attachment; filename=\"" + ImportTemplate.fileName(LedgerColumns.COLUMNS) + "\"")
                .build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.OFFICE, Roles.INTEGRATION})
    @Operation(operationId = "readImport", summary = "Read an import job and its report",
            description = "Its state, the rows read, accepted and rejected, how many inserted, updated and unchanged, "
                    + "and rows a second.")
    @APIResponse(responseCode = "200", description = "The job")
    @APIResponse(responseCode = "404", description = "No such job")
    public ImportJobView read(@PathParam("id") UUID id) {
        return ImportJobView.of(imports.get(id), OffsetDateTime.now(clock));
    }

    @POST
    @Path("/{id}/cancellation")
    @RolesAllowed({Roles.OFFICE, Roles.INTEGRATION})
    @Operation(operationId = "cancelImport", summary = "Cancel an import job",
            description = "A queued job is CANCELLED at once; a running one at its next row (GET the job to see it "
                    + "CANCELLED, with what it wrote: nothing).")
    @APIResponse(responseCode = "202", description = "Asked; the job as it stands",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportJobView.class)))
    @APIResponse(responseCode = "404", description = "No such job")
    @APIResponse(responseCode = "409", description = "The job has ended (SUCCEEDED, FAILED, CANCELLED or INTERRUPTED)")
    public Response cancel(@PathParam("id") UUID id) {
        return Response.accepted(ImportJobView.of(imports.cancel(id), OffsetDateTime.now(clock))).build();
    }

    @GET
    @Path("/{id}/rejected")
    @Produces({CSV, NDJSON, XLSX, MediaType.APPLICATION_JSON})
    @RolesAllowed({Roles.OFFICE, Roles.INTEGRATION})
    @Operation(operationId = "downloadRejectedRows", summary = "The rejected rows of an import, as a file to fix and upload again",
            description = "In the uploaded format: CSV (UTF-8 with a byte order mark) with the file's header and a reason "
                    + "column (错误原因 when the header is Chinese), NDJSON with a reason key, or an .xlsx workbook with "
                    + "the sheet's header and a reason column. The reason column is "
                    + "ignored when the fixed file is uploaded.")
    @APIResponse(responseCode = "200", description = "The rejected rows", content = {
            @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "a case not arrived yet", value = "类别,巡察编号,销号日期,错误原因\r\n"
                            + "案件,QH-1-02,2018-09-30,\"inspectionNumber: no case for term 0193a5b2-7c4e-7d21-9f3a-5b6c7d8e9f01 "
                            + "inspection QH-1-02 yet: import the history in round-service first (its feedback opens the "
                            + "case), then this file again\"\r\n")),
            @Content(mediaType = NDJSON, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "404", description = "No such job")
    public Response rejected(@PathParam("id") UUID id) {
        var job = imports.get(id);
        StreamingOutput file = out -> imports.writeRejected(job, out);
        return Response.ok(file, RejectedRows.mediaType(job))
                .header("Content-Disposition", "attachment; filename=\"rejected-" + id + "." + job.format() + "\"")
                .build();
    }

    @GET
    @Path("/{id}/errors")
    @RolesAllowed({Roles.OFFICE, Roles.INTEGRATION})
    @Operation(operationId = "listImportErrors", summary = "The rejected rows of an import",
            description = "Each with its line in the file, the column at fault and the reason; in the order of the file.")
    @APIResponse(responseCode = "200", description = "A page of row errors")
    @APIResponse(responseCode = "400", description = "A cursor this list did not hand out, or a limit out of range")
    @APIResponse(responseCode = "404", description = "No such job")
    public Page<RowErrorView> errors(@PathParam("id") UUID id,
            @Parameter(description = "The `next` of the previous page") @QueryParam("cursor") String cursor,
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) int limit) {
        return imports.errors(id, cursor, limit).map(RowErrorView::of);
    }
}
