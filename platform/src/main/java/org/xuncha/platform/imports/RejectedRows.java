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

/**
 * The rejected rows of a job written back in the uploaded format with a reason column, so the
 * office fixes and re-uploads just those (the reason column is ignored when the file comes back).
 * CSV: UTF-8 with a byte order mark (Excel opens it as it is), the file's header and a reason column
 * (错误原因 when the header is in Chinese). NDJSON: each line's object with a {@code reason} key.
 */
public final class RejectedRows implements AutoCloseable {

    private final Writer out;
    private final ObjectMapper mapper;

    private RejectedRows(Writer out, ObjectMapper mapper) {
        this.out = out;
        this.mapper = mapper;
    }

    public static RejectedRows csv(OutputStream stream, List<String> header) throws IOException {
        Writer out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 64 * 1024);
        out.write('\uFEFF');
        RejectedRows rows = new RejectedRows(out, null);
        boolean chinese = header.stream().anyMatch(name -> name.codePoints().anyMatch(c -> c >= 0x4E00 && c <= 0x9FFF));
        rows.record(header, chinese ? Columns.REASON_CHINESE : Columns.REASON);
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
        out.close();
    }
}
