package org.xuncha.round.imports.rest;

import jakarta.validation.constraints.Size;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.xuncha.platform.idempotency.Idempotent;
import org.xuncha.platform.imports.RejectedRows;
import org.xuncha.platform.imports.Uploads;
import org.xuncha.platform.paging.Page;
import org.xuncha.platform.security.Caller;
import org.xuncha.platform.security.Roles;
import org.xuncha.round.imports.OrganizationImports;

@Path("/imports")
@Tag(name = "Imports")
@Produces(MediaType.APPLICATION_JSON)
@Idempotent
public class ImportResource {

    static final String CSV = Uploads.CSV;
    static final String NDJSON = Uploads.NDJSON;
    static final String XLSX = Uploads.XLSX;

    private final OrganizationImports imports;
    private final Caller caller;
    private final Clock clock;

    public ImportResource(OrganizationImports imports, Caller caller, Clock clock) {
        this.imports = imports;
        this.caller = caller;
        this.clock = clock;
    }

    @POST
    @Path("/organizations")
    @Consumes({CSV, NDJSON, XLSX})
    @RolesAllowed({Roles.OFFICE, Roles.INTEGRATION})
    @Operation(operationId = "importOrganizations", summary = "Import organizations from CSV, NDJSON or XLSX",
            description = "Streams the registry in: a row per organization, keyed by the office's own code (officeCode); "
                    + "its parent by parentCode (an office code) or parentCreditCode, in the file (in any order: a village "
                    + "before its township) or already registered. The rules of POST /organizations apply; unknown parents, "
                    + "cycles, duplicate codes within the file and credit codes held by another organization are row errors, "
                    + "and the other rows are kept. Rows upsert by office code, so importing the same file again changes "
                    + "nothing (rowsUnchanged); an import does not move an organization to another parent. Headers in "
                    + "English (officeCode, name, type, parentCode, parentCreditCode, creditCode, disciplineBody, cityDirected, "
                    + "principalLeaderName, principalLeaderPost, leaderInChargeName, leaderInChargePost) or Chinese (编码, "
                    + "名称, 类型, 上级编码, 上级统一社会信用代码, 统一社会信用代码, 纪检监察机构, 市委直管, 主要负责人, "
                    + "主要负责人职务, 分管领导, 分管领导职务). CSV in UTF-8 (with or without BOM) or GBK/GB18030, detected "
                    + "or declared by charset. XLSX (an Excel workbook, read streaming): the sheet named by sheet, else "
                    + "the sheet named organizations, else the first visible one; the first non-blank row is the header; "
                    + "rows are numbered as Excel shows them; date cells are read as yyyy-MM-dd and numbers as written "
                    + "(126000, not 126000.0); GET /imports/templates/organizations.xlsx is a template to fill in. "
                    + "At most 268435456 bytes (256 MiB) an upload. The upload is spooled to disk "
                    + "and answered 202 at once; the job runs in the background (GET /imports/{id} for its progress, "
                    + "POST /imports/{id}/cancellation to stop it). Its valid rows are written in one transaction at the "
                    + "end, so a job that fails, is cancelled or is interrupted by a restart wrote nothing and says so; "
                    + "with allOrNothing=true one rejected row and nothing is written. The rejected rows come back, "
                    + "in the uploaded format with a reason column, from GET /imports/{id}/rejected.")
    @RequestBody(required = true, description = "The file, at most 256 MiB", content = {
            @Content(mediaType = CSV, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
                    maxLength = 268435456), examples = @ExampleObject(name = "township and village",
                    value = "编码,名称,类型,上级编码\n410622-001-01,城关镇东街村党支部,村,410622-001\n410622-001,城关镇党委,乡镇,\n")),
            @Content(mediaType = NDJSON, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
                    maxLength = 268435456), examples = @ExampleObject(name = "township",
                    value = "{\"officeCode\":\"410622-001\",\"name\":\"城关镇党委\",\"type\":\"TOWNSHIP\"}\n")),
            @Content(mediaType = XLSX, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
                    format = "binary", maxLength = 268435456))})
    @APIResponse(responseCode = "202", description = "Queued; Location names the job",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportJobView.class)))
    @APIResponse(responseCode = "400", description = "An unknown charset, an empty file, a header that names no column "
            + "or lacks a required one, a file larger than 256 MiB, a workbook that is malformed, encrypted or a zip bomb "
            + "(field body or charset), or a workbook without the sheet asked for (field sheet)")
    @APIResponse(responseCode = "413", description = "The request is larger than the server accepts")
    @APIResponse(responseCode = "415", description = "Neither text/csv, application/x-ndjson nor an .xlsx workbook")
    public Response importOrganizations(
            @Parameter(description = "The file's character set; detected when absent (UTF-8, else GB18030). A charset on Content-Type is not used: clients add one of their own", example = "GBK")
            @QueryParam("charset") @Size(max = 40) String charset,
            @Parameter(description = "XLSX: the sheet to read; absent, the sheet named organizations, else the first visible one", example = "organizations")
            @QueryParam("sheet") @Size(max = 31) String sheet,
            @Parameter(description = "Validate everything and write nothing; the report is the same")
            @QueryParam("dryRun") @DefaultValue("false") boolean dryRun,
            @Parameter(description = "Write nothing unless every row is valid: one rejected row and the job FAILED with the errors listed")
            @QueryParam("allOrNothing") @DefaultValue("false") boolean allOrNothing,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            InputStream body) {
        var job = imports.start(body, Uploads.format(contentType), charset, sheet, dryRun, allOrNothing, caller.userId());
        return Response.accepted(ImportJobView.of(job, OffsetDateTime.now(clock)))
                .location(URI.create("/imports/" + job.id())).build();
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
            description = "A queued job is CANCELLED at once; a running one at its next batch (GET the job to see it "
                    + "CANCELLED, with what it wrote: nothing). A job whose rows are already being written completes.")
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
            @Content(mediaType = CSV, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING),
                    examples = @ExampleObject(name = "an unknown parent",
                    value = "编码,名称,类型,上级编码,错误原因\r\n410622-003-01,某村党支部,村,410622-003,\"parentCode: names no organization of the file or the registry: 410622-003\"\r\n")),
            @Content(mediaType = NDJSON, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)),
            @Content(mediaType = XLSX, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
                    format = "binary"))})
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
