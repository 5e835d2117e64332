package org.xuncha.round.imports.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
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
import org.xuncha.round.imports.TermScopeImport;

@Path("/imports/term-scope")
@Tag(name = "Imports")
@Produces(MediaType.APPLICATION_JSON)
@Idempotent
public class TermScopeImportResource extends KindImportResource {

    public TermScopeImportResource(TermScopeImport kind) {
        super(kind);
    }

    @POST
    @Consumes({ImportResource.CSV, ImportResource.NDJSON, ImportResource.XLSX})
    @RolesAllowed({Roles.OFFICE, Roles.INTEGRATION})
    @Operation(operationId = "importTermScope", summary = "Import a term's inspection scope from CSV, NDJSON or XLSX",
            description = "应巡尽巡: a row per organization the term must inspect, by organizationCode (编码, the office's own code) "
                    + "or organizationCreditCode (统一社会信用代码). One already in the scope is unchanged (rowsUnchanged); "
                    + "the file adds, it does not take organizations out (DELETE /coverage/{termId}/scope/{organizationId}). "
                    + "At the end the term's scope size and coverage are recounted as POST /coverage/{termId}/scope keeps "
                    + "them: an organization already inspected in the term is covered at once. Unknown organizations and "
                    + "one named twice are row errors; the job runs as POST /imports/cadres' does.")
    @RequestBody(required = true, description = "The file, at most 256 MiB", content = {
            @Content(mediaType = ImportResource.CSV, schema = @Schema(type = SchemaType.STRING, maxLength = 268435456),
                    examples = @ExampleObject(name = "two organizations", value = "编码\n410622-001\n410622-001-01\n")),
            @Content(mediaType = ImportResource.NDJSON, schema = @Schema(type = SchemaType.STRING, maxLength = 268435456),
                    examples = @ExampleObject(name = "by credit code", value = "{\"organizationCreditCode\":\"11410622MB1234567X\"}\n")),
            @Content(mediaType = ImportResource.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary",
                    maxLength = 268435456))})
    @APIResponse(responseCode = "202", description = "Queued; Location names the job",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportJobView.class)))
    @APIResponse(responseCode = "400", description = "No termId or an unknown one (field termId). An unknown charset, an empty file, a header that names no "
            + "column or lacks a required one, or a file larger than 256 MiB (field body or charset)")
    @APIResponse(responseCode = "413", description = "The request is larger than the server accepts")
    @APIResponse(responseCode = "415", description = "Neither text/csv, application/x-ndjson nor an .xlsx workbook")
    public Response importTermScope(@Parameter(description = "The term whose scope this is", required = true) @QueryParam("termId") UUID termId,
            @BeanParam ImportOptions options, InputStream body) {
        return start(termId, options, body);
    }
}
