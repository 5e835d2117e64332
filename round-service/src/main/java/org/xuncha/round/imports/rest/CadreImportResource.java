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
import org.xuncha.round.imports.CadreImport;

@Path("/imports/cadres")
@Tag(name = "Imports")
@Produces(MediaType.APPLICATION_JSON)
@Idempotent
public class CadreImportResource extends KindImportResource {

    public CadreImportResource(CadreImport kind) {
        super(kind);
    }

    @POST
    @Consumes({ImportResource.CSV, ImportResource.NDJSON, ImportResource.XLSX})
    @RolesAllowed({Roles.OFFICE, Roles.INTEGRATION})
    @Operation(operationId = "importCadres", summary = "Import cadres from CSV, NDJSON or XLSX",
            description = "A row per cadre, keyed by the office's own code for them (officeCode, 干部编码); the rules of "
                    + "POST /cadres apply. Columns in English or Chinese: officeCode (干部编码), name (姓名), sourceSystem "
                    + "(来源系统: DISCIPLINE or 纪检监察, ORGANIZATION or 组织, INSPECTION_OFFICE or 巡察机构, AUDIT or 审计, "
                    + "FINANCE or 财政, PUBLIC_SECURITY or 公安, PROCURATORATE or 检察, COURT or 法院, TAX or 税务, "
                    + "NATURAL_RESOURCES or 自然资源, OTHER or 其他), rank (职级), userId (账号), homeOrganizationCode "
                    + "(工作单位编码) or homeOrganizationCreditCode (工作单位统一社会信用代码), homeLocalityCode (籍贯编码: a "
                    + "township, street, village or community), skills (专长), postings (任职经历), relatives (亲属任职). "
                    + "Multi-valued cells: entries separated by ';' (or '；'), the parts of an entry by '|' (or '｜'): "
                    + "skills '纪检;财务'; postings 'organization|post|from|to', e.g. '410622-001|副镇长|2015-03-01|2019-12-31;"
                    + "410622-002|镇长|2020-01-01|'; relatives 'name|relation|organization|post', e.g. '赵某|配偶|410622-001-01|"
                    + "会计'; an organization by its office code or credit code; dates yyyy-MM-dd. NDJSON takes the same "
                    + "strings, or arrays: the entries, an entry's parts as an inner array (\"skills\":[\"纪检\",\"财务\"], "
                    + "\"postings\":[[\"410622-001\",\"副镇长\",\"2015-03-01\",null]]). The file's postings and relatives replace the cadre's. Importing the same file again changes "
                    + "nothing (rowsUnchanged). Unknown organizations, a home locality that is not one, bad values, an account "
                    + "held by another cadre and an office code repeated in the file are row errors; the other rows are kept "
                    + "unless allOrNothing. The job runs as POST /imports/organizations' does: 202 at once, GET /imports/{id}, "
                    + "cancellation, errors and the rejected rows as a file; its rows are written in one transaction at the end.")
    @RequestBody(required = true, description = "The file, at most 256 MiB", content = {
            @Content(mediaType = ImportResource.CSV, schema = @Schema(type = SchemaType.STRING, maxLength = 268435456),
                    examples = @ExampleObject(name = "a cadre with a posting", value = "干部编码,姓名,来源系统,职级,工作单位编码,"
                            + "专长,任职经历\nQH-C-0007,赵立新,纪检监察,正科级,410622-001,纪检;财务,410622-002|副镇长|2015-03-01|2019-12-31\n")),
            @Content(mediaType = ImportResource.NDJSON, schema = @Schema(type = SchemaType.STRING, maxLength = 268435456),
                    examples = @ExampleObject(name = "a cadre", value = "{\"officeCode\":\"QH-C-0007\",\"name\":\"赵立新\","
                            + "\"sourceSystem\":\"DISCIPLINE\",\"skills\":\"纪检;财务\"}\n")),
            @Content(mediaType = ImportResource.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary",
                    maxLength = 268435456))})
    @APIResponse(responseCode = "202", description = "Queued; Location names the job",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportJobView.class)))
    @APIResponse(responseCode = "400", description = "An unknown charset, an empty file, a header that names no column "
            + "or lacks a required one, a file larger than 256 MiB, a workbook that is malformed, encrypted or a zip bomb "
            + "(field body or charset), or a workbook without the sheet asked for (field sheet)")
    @APIResponse(responseCode = "413", description = "The request is larger than the server accepts")
    @APIResponse(responseCode = "415", description = "Neither text/csv, application/x-ndjson nor an .xlsx workbook")
    public Response importCadres(@BeanParam ImportOptions options, InputStream body) {
        return start(null, options, body);
    }
}
