package org.xuncha.platform.imports;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The rejected rows of a job written back in the uploaded format with a reason column, so the
 * office fixes and re-uploads just those (the reason column is ignored when the file comes back).
 * CSV: UTF-8 with a byte order mark (Excel opens it as it is), the file's header and a reason column
 * (错误原因 when the header is in Chinese). NDJSON: each line's object with a {@code reason} key. XLSX: a
 * workbook written streaming (SXSSF, a window of rows in memory) with one sheet, the file's header and
 * the reason column, each field a text cell.
 */
public final class RejectedRows implements AutoCloseable {

    private final Writer out;
    private final ObjectMapper mapper;
    private final SXSSFWorkbook workbook;
    private final OutputStream stream;
    private int rows;

    private RejectedRows(Writer out, ObjectMapper mapper) {
        this.out = out;
        this.mapper = mapper;
        this.workbook = null;
        this.stream = null;
    }

    private RejectedRows(SXSSFWorkbook workbook, OutputStream stream) {
        this.out = null;
        this.mapper = null;
        this.workbook = workbook;
        this.stream = stream;
    }

    /** The rows a job rejected, written back in the format it was uploaded in, with a reason column. */
    public static RejectedRows of(ImportJob job, OutputStream stream, ObjectMapper mapper) throws IOException {
        return switch (job.format()) {
            case "csv" -> csv(stream, job.header());
            case "xlsx" -> xlsx(stream, job.kind(), job.header());
            default -> ndjson(stream, mapper);
        };
    }

    /** The media type and file name extension of a job's rejected rows: its upload's. */
    public static String mediaType(ImportJob job) {
        return switch (job.format()) {
            case "csv" -> Uploads.CSV + ";charset=UTF-8";
            case "xlsx" -> Uploads.XLSX;
            default -> Uploads.NDJSON + ";charset=UTF-8";
        };
    }

    public static RejectedRows csv(OutputStream stream, List<String> header) throws IOException {
        Writer out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 64 * 1024);
        out.write('\uFEFF');
        RejectedRows rows = new RejectedRows(out, null);
        rows.record(header, chinese(header) ? Columns.REASON_CHINESE : Columns.REASON);
        return rows;
    }

    private static boolean chinese(List<String> header) {
        return header.stream().anyMatch(name -> name.codePoints().anyMatch(c -> c >= 0x4E00 && c <= 0x9FFF));
    }

    /** An .xlsx workbook of one sheet (named after the kind), the file's header and a reason column. */
    public static RejectedRows xlsx(OutputStream stream, String sheet, List<String> header) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(100);
        workbook.setCompressTempFiles(true);
        workbook.createSheet(sheet == null || sheet.isBlank() ? "rejected" : sheet);
        RejectedRows rows = new RejectedRows(workbook, stream);
        rows.record(header, chinese(header) ? Columns.REASON_CHINESE : Columns.REASON);
        return rows;
    }

    public static RejectedRows ndjson(OutputStream stream, ObjectMapper mapper) {
        return new RejectedRows(new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 64 * 1024), mapper);
    }

    /** A rejected row: its fields as the file had them (an NDJSON line as one field) and why. */
    public void write(List<String> fields, String reason) throws IOException {
        if (mapper == null) {
            record(fields, reason);
            return;
        }
        ObjectNode line;
        try {
            var node = fields.isEmpty() ? null : mapper.readTree(fields.get(0));
            line = node instanceof ObjectNode object ? object : mapper.createObjectNode().put("line",
                    fields.isEmpty() ? "" : fields.get(0));
        } catch (IOException notJson) {
            line = mapper.createObjectNode().put("line", fields.get(0));
        }
        line.put(Columns.REASON, reason);
        out.write(mapper.writeValueAsString(line));
        out.write('\n');
    }

    private void record(List<String> fields, String last) throws IOException {
        if (workbook != null) {
            Row row = workbook.getSheetAt(0).createRow(rows++);
            int column = 0;
            for (String field : fields) {
                row.createCell(column++).setCellValue(field == null ? "" : field);
            }
            row.createCell(column).setCellValue(last);
            return;
        }
        for (String field : fields) {
            out.write(quoted(field));
            out.write(',');
        }
        out.write(quoted(last));
        out.write("\r\n");
    }

    static String quoted(String field) {
        if (field == null) {
            return "";
        }
        if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0 && field.indexOf('\r') < 0) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }

    @Override
    public void close() throws IOException {
        if (workbook != null) {
            try (OutputStream closing = stream) {
                workbook.write(closing);
            } finally {
                workbook.dispose();
                workbook.close();
            }
            return;
        }
        out.close();
    }
}
