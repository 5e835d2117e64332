package org.xuncha.round.imports.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.xuncha.platform.idempotency.Idempotent;
import org.xuncha.platform.security.Roles;
import org.xuncha.round.imports.AuditResultImport;

@Path("/imports/audit-results")
@Tag(name = "Imports")
@Produces(MediaType.APPLICATION_JSON)
@Idempotent
public class AuditResultImportResource extends KindImportResource {

    public AuditResultImportResource(AuditResultImport kind) {
        super(kind);
    }

    @POST
    @Consumes({ImportResource.CSV, ImportResource.NDJSON, ImportResource.XLSX})
    @RolesAllowed({Roles.OFFICE, Roles.INTEGRATION})
    @Operation(operationId = "importAuditResults", summary = "Import audit results from CSV, NDJSON or XLSX",
            description = "巡审联动: a row per audit report, keyed by its number (reportNumber, 审计报告文号), with the organization "
                    + "audited by organizationCode (单位编码) or organizationCreditCode (统一社会信用代码), year (年度, "
                    + "1949-2200), issueCount (问题数, 0-100000) and summary (摘要, at most 4000 characters): the rules of "
                    + "POST /audit-results. Upserted by the report number: the same file again changes nothing "
                    + "(rowsUnchanged). Unknown organizations, bad numbers and a report number twice in the file are row "
                    + "errors; the job runs as POST /imports/cadres' does.")
    @RequestBody(required = true, description = "The file, at most 256 MiB", content = {
            @Content(mediaType = ImportResource.CSV, schema = @Schema(type = SchemaType.STRING, maxLength = 268435456),
                    examples = @ExampleObject(name = "an audit", value = "审计报告文号,单位编码,年度,问题数,摘要\n清审报〔2025〕12号,410622-001,2025,7,专项资金管理不规范\n")),
            @Content(mediaType = ImportResource.NDJSON, schema = @Schema(type = SchemaType.STRING, maxLength = 268435456),
                    examples = @ExampleObject(name = "an audit", value = "{\"reportNumber\":\"清审报〔2025〕12号\",\"organizationCode\":\"410622-001\",\"year\":2025,\"issueCount\":7}\n")),
            @Content(mediaType = ImportResource.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary",
                    maxLength = 268435456))})
    @APIResponse(responseCode = "202", description = "Queued; Location names the job",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportJobView.class)))
    @APIResponse(responseCode = "400", description = "An unknown charset, an empty file, a header that names no "
            + "column or lacks a required one, or a file larger than 256 MiB (field body or charset)")
    @APIResponse(responseCode = "413", description = "The request is larger than the server accepts")
    @APIResponse(responseCode = "415", description = "Neither text/csv, application/x-ndjson nor an .xlsx workbook")
    public Response importAuditResults(@BeanParam ImportOptions options, InputStream body) {
        return start(null, options, body);
    }
}
