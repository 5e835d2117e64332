package org.xuncha.round.history;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.xuncha.platform.imports.CsvRecords;
import org.xuncha.platform.imports.MalformedFile;

/**
 * The rows of a history file, read one at a time: CSV with a header (a {@code kind} column, each row
 * filling the columns of its kind) or NDJSON (an object a line with a {@code kind} field).
 * {@link #next()} answers a row, or an {@link Unreadable} for a line that is not one.
 */
public interface HistorySource extends Closeable {

    /** A line that could not be read as a row: where, the column at fault and why. */
    record Unreadable(long line, String column, String reason) {
    }

    /** The next {@link HistoryRow} or {@link Unreadable}, or null at the end. */
    Object next() throws IOException;

    static HistorySource csv(Reader reader) throws IOException {
        CsvRecords records = new CsvRecords(reader);
        List<String> header = records.next();
        if (header == null) {
            throw new MalformedFile("the file is empty: it has no header row");
        }
        List<String> columns = new ArrayList<>();
        for (String name : header) {
            columns.add(HistoryColumns.of(name).orElseThrow(() -> new MalformedFile("the header '" + name.strip()
                    + "' names no column of a history file; the columns are " + HistoryColumns.ALL)));
        }
        if (!columns.contains("kind")) {
            throw new MalformedFile("the header has no column kind (类别)");
        }
        return new HistorySource() {
            @Override
            public Object next() throws IOException {
                List<String> fields = records.next();
                if (fields == null) {
                    return null;
                }
                if (fields.size() != columns.size()) {
                    return new Unreadable(records.recordLine(), null, "has " + fields.size() + " fields where the header has "
                            + columns.size());
                }
                Map<String, String> values = new HashMap<>();
                for (int i = 0; i < fields.size(); i++) {
                    values.put(columns.get(i), fields.get(i));
                }
                return row(records.recordLine(), values);
            }

            @Override
            public void close() throws IOException {
                reader.close();
            }
        };
    }

    static HistorySource ndjson(Reader reader, ObjectMapper mapper) {
        BufferedReader lines = new BufferedReader(reader);
        return new HistorySource() {
            private long line;

            @Override
            public Object next() throws IOException {
                String text;
                do {
                    text = lines.readLine();
                    line++;
                    if (text == null) {
                        return null;
                    }
                    text = text.replace("\uFEFF", "");
                } while (text.isBlank());
                JsonNode node;
                try {
                    node = mapper.readTree(text);
                } catch (IOException notJson) {
                    return new Unreadable(line, null, "is not a JSON object");
                }
                if (node == null || !node.isObject()) {
                    return new Unreadable(line, null, "is not a JSON object");
                }
                Map<String, String> values = new HashMap<>();
                for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                    Map.Entry<String, JsonNode> field = fields.next();
                    String column = HistoryColumns.of(field.getKey()).orElse(null);
                    if (column == null) {
                        return new Unreadable(line, field.getKey(), "names no column of a history file; the columns are "
                                + HistoryColumns.ALL);
                    }
                    JsonNode value = field.getValue();
                    if (value.isContainerNode()) {
                        return new Unreadable(line, column, "must be a string, number or boolean");
                    }
                    values.put(column, value.isNull() ? null : value.asText());
                }
                return row(line, values);
            }

            @Override
            public void close() throws IOException {
                lines.close();
            }
        };
    }

    private static Object row(long line, Map<String, String> values) {
        String kind = values.get("kind");
        if (kind == null || kind.isBlank()) {
            return new Unreadable(line, "kind", "must not be blank: one of round, team, member, inspection, extension, "
                    + "finding, lead, report, recommendation, feedback (or 轮次, 巡察组, 组员, 巡察任务, 延伸, 问题, 线索, 报告, 建议, 反馈)");
        }
        return HistoryKind.of(kind).<Object>map(named -> new HistoryRow(line, named, values))
                .orElseGet(() -> new Unreadable(line, "kind", "'" + kind + "' is not a kind of history row: one of round, "
                        + "team, member, inspection, extension, finding, lead, report, recommendation, feedback"));
    }
}
