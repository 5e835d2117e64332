package org.xuncha.round.imports.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.xuncha.platform.imports.Columns;
import org.xuncha.platform.imports.ImportTemplate;
import org.xuncha.platform.imports.Uploads;
import org.xuncha.platform.security.Roles;
import org.xuncha.round.imports.ImportKinds;

@Path("/imports/templates")
@Tag(name = "Imports")
public class ImportTemplateResource {

    private final ImportKinds kinds;

    public ImportTemplateResource(ImportKinds kinds) {
        this.kinds = kinds;
    }

    @GET
    @Path("/{kind}.xlsx")
    @Produces({Uploads.XLSX, MediaType.APPLICATION_JSON})
    @RolesAllowed({Roles.OFFICE, Roles.INTEGRATION})
    @Operation(operationId = "downloadImportTemplate", summary = "The .xlsx template of a kind of import",
            description = "A workbook with a sheet named after the kind: the Chinese headers of the office's ledger (each "
                    + "header's comment gives the English column name and whether it is required), one example row, and a "
                    + "drop-down list on every enumerated column (its values on a hidden sheet, choices). Filled in and "
                    + "uploaded unchanged (Content-Type application/vnd.openxmlformats-officedocument.spreadsheetml.sheet) "
                    + "to the kind's import, it is read as is: the example row is a row like the others.")
    @APIResponse(responseCode = "200", description = "The template",
            content = @Content(mediaType = Uploads.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "404", description = "No import of that kind (the problem lists the kinds)")
    public Response template(
            @Parameter(description = "The kind of import: organizations, history, and the other kinds this service imports",
                    example = "organizations") @PathParam("kind") @Size(max = 40) String kind) {
        Columns columns = kinds.template(kind);
        StreamingOutput file = out -> ImportTemplate.write(columns, out);
        return Response.ok(file, Uploads.XLSX)
                .header("Content-Disposition", "attachment; filename=\"" + ImportTemplate.fileName(columns) + "\"")
                .build();
    }
}
