package org.xuncha.round.imports.rest;

import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.xuncha.platform.imports.ImportJob;
import org.xuncha.platform.imports.Uploads;

/** The options every kind's import takes, and the answer it gives: 202, the job, Location. */
public class ImportOptions {

    @Parameter(description = "The file's character set; detected when absent (UTF-8, else GB18030). A charset on "
            + "Content-Type is not used: clients add one of their own", example = "GBK")
    @QueryParam("charset")
    @Size(max = 40)
    public String charset;

    @Parameter(description = "XLSX: the sheet to read; absent, the sheet named after the kind, else the first visible one",
            example = "cadres")
    @QueryParam("sheet")
    @Size(max = 31)
    public String sheet;

    @Parameter(description = "Validate everything and write nothing; the report is the same")
    @QueryParam("dryRun")
    @DefaultValue("false")
    public boolean dryRun;

    @Parameter(description = "Write nothing unless every row is valid: one rejected row and the job FAILED with the "
            + "errors listed")
    @QueryParam("allOrNothing")
    @DefaultValue("false")
    public boolean allOrNothing;

    @HeaderParam(HttpHeaders.CONTENT_TYPE)
    public String contentType;

    /** ndjson, xlsx or csv, from the Content-Type. */
    public String format() {
        return Uploads.format(contentType);
    }

    /** 202 with the job as queued and its Location. */
    static Response accepted(ImportJob job, Clock clock) {
        return Response.accepted(ImportJobView.of(job, OffsetDateTime.now(clock)))
                .location(URI.create("/imports/" + job.id())).build();
    }
}
