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
import org.xuncha.round.imports.PoolMemberImport;

@Path("/imports/pool-members")
@Tag(name = "Imports")
@Produces(MediaType.APPLICATION_JSON)
@Idempotent
public class PoolMemberImportResource extends KindImportResource {

    public PoolMemberImportResource(PoolMemberImport kind) {
        super(kind);
    }

    @POST
    @Consumes({ImportResource.CSV, ImportResource.NDJSON, ImportResource.XLSX})
    @RolesAllowed({Roles.OFFICE, Roles.INTEGRATION})
    @Operation(operationId = "importPoolMembers", summary = "Import talent pool memberships from CSV, NDJSON or XLSX",
            description = "A row per cadre and pool, upserted by the two: cadreOfficeCode (干部编码: a cadre imported by POST "
                    + "/imports/cadres), pool (人才库: LEADER or 组长库, SPECIALIST or 专员库), status (状态: ACTIVE or 在库, the "
                    + "default; SUSPENDED or 暂停; LEFT or 退出), joinedOn (入库日期, yyyy-MM-dd; today when absent), reason "
                    + "(原因: required for SUSPENDED and LEFT). A status moves a membership as the pool's own transitions "
                    + "do: a cadre who left rejoins as ACTIVE before they can be suspended. The same file again changes "
                    + "nothing (rowsUnchanged). Unknown cadres, bad values and the same cadre and pool twice in the file "
                    + "are row errors; the job runs as POST /imports/cadres' does.")
    @RequestBody(required = true, description = "The file, at most 256 MiB", content = {
            @Content(mediaType = ImportResource.CSV, schema = @Schema(type = SchemaType.STRING, maxLength = 268435456),
                    examples = @ExampleObject(name = "two members", value = "干部编码,人才库,状态,原因\nQH-C-0007,组长库,在库,\nQH-C-0008,专员库,暂停,借调外地\n")),
            @Content(mediaType = ImportResource.NDJSON, schema = @Schema(type = SchemaType.STRING, maxLength = 268435456),
                    examples = @ExampleObject(name = "a leader", value = "{\"cadreOfficeCode\":\"QH-C-0007\",\"pool\":\"LEADER\"}\n")),
            @Content(mediaType = ImportResource.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary",
                    maxLength = 268435456))})
    @APIResponse(responseCode = "202", description = "Queued; Location names the job",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportJobView.class)))
    @APIResponse(responseCode = "400", description = "An unknown charset, an empty file, a header that names no "
            + "column or lacks a required one, or a file larger than 256 MiB (field body or charset)")
    @APIResponse(responseCode = "413", description = "The request is larger than the server accepts")
    @APIResponse(responseCode = "415", description = "Neither text/csv, application/x-ndjson nor an .xlsx workbook")
    public Response importPoolMembers(@BeanParam ImportOptions options, InputStream body) {
        return start(null, options, body);
    }
}
