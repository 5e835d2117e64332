package org.xuncha.platform.imports;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.xuncha.platform.problem.InvalidInput;

/**
 * An upload spooled to disk, with its character set (declared or detected; a workbook's XML is
 * UTF-8), its sheet (XLSX; null for the kind's own or the first visible one) and, for CSV and XLSX,
 * its header checked against the kind's columns: what every kind of import starts from. A 400 naming
 * body, charset or sheet when the file cannot be one of the kind.
 */
public record Upload(Path file, String format, Charset charset, String sheet, List<String> header) {

    /** The largest upload accepted, in bytes (also quarkus.http.limits.max-body-size). */
    public static final long MAX_BYTES = 256L * 1024 * 1024;

    public static Upload receive(InputStream body, String format, String charsetName, String sheet, Columns columns,
            ObjectMapper mapper) {
        Charset declared = Uploads.declared(charsetName).orElse(null);
        Path file = null;
        try {
            file = Uploads.spool(body, format, MAX_BYTES);
            Charset charset = "xlsx".equals(format) ? StandardCharsets.UTF_8
                    : declared != null ? declared : Charsets.detect(file);
            Upload upload = new Upload(file, format, charset, sheet, List.of());
            if (Uploads.hasHeader(format)) {
                try (RowSource rows = upload.open(columns, mapper)) {
                    upload = new Upload(file, format, charset, sheet, rows.header());
                } catch (MalformedFile malformed) {
                    throw InvalidInput.of(malformed.field(), malformed.getMessage());
                }
            }
            file = null;
            return upload;
        } catch (IOException e) {
            throw InvalidInput.of("body", "could not be read to its end: " + e.getMessage());
        } finally {
            Uploads.delete(file);
        }
    }

    /** The rows of the file, from its start: a workbook's sheet, CSV or NDJSON. */
    public RowSource open(Columns columns, ObjectMapper mapper) throws IOException {
        if ("xlsx".equals(format)) {
            return RowSource.xlsx(file, sheet, columns);
        }
        var reader = Uploads.open(file, charset);
        return "csv".equals(format) ? RowSource.csv(reader, columns) : RowSource.ndjson(reader, mapper, columns);
    }

    /** Deletes the spooled file. */
    public void delete() {
        Uploads.delete(file);
    }
}
