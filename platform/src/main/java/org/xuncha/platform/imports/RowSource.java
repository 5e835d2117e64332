package org.xuncha.platform.imports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** The rows of an uploaded CSV, NDJSON or XLSX file, read one at a time, by the columns of their kind. */
public interface RowSource extends Closeable {

    /** The next row, or null at the end. */
    SourceRow next() throws IOException;

    /** The header as the file has it (CSV, XLSX); empty for NDJSON. */
    default List<String> header() {
        return List.of();
    }

    /**
     * CSV: the first record is the header; each header must name a column (English or Chinese),
     * and the required ones must be there, else the whole file is refused.
     */
    static RowSource csv(Reader reader, Columns known) throws IOException {
        CsvRecords records = new CsvRecords(reader);
        List<String> header = records.next();
        if (header == null) {
            throw new MalformedFile("the file is empty: it has no header row");
        }
        List<String> columns = new ArrayList<>();
        for (String name : header) {
            if (Columns.isReason(name)) {
                columns.add(null);
                continue;
            }
            columns.add(known.named(name).orElseThrow(() -> new MalformedFile("the header '" + name.strip()
                    + "' names no column of " + known.kind() + "; the columns are " + known.all())));
        }
        for (String required : known.required()) {
            if (!columns.contains(required)) {
                throw new MalformedFile("the header has no column " + required);
            }
        }
        return new RowSource() {
            @Override
            public SourceRow next() throws IOException {
                List<String> fields = records.next();
                if (fields == null) {
                    return null;
                }
                if (fields.size() != columns.size()) {
                    return new SourceRow(records.recordLine(), Map.of(), null, "has " + fields.size()
                            + " fields where the header has " + columns.size(), fields);
                }
                Map<String, String> values = new HashMap<>();
                for (int i = 0; i < fields.size(); i++) {
                    if (columns.get(i) != null) {
                        values.put(columns.get(i), fields.get(i));
                    }
                }
                return new SourceRow(records.recordLine(), values, null, null, fields);
            }

            @Override
            public List<String> header() {
                return header;
            }

            @Override
            public void close() throws IOException {
                reader.close();
            }
        };
    }

    /**
     * XLSX: one sheet of a workbook, read streaming; {@code sheet} names it (a 400 on field sheet
     * when the workbook has none of that name), else the sheet named after the kind, else the first
     * visible one. The header rules are CSV's; rows are numbered as Excel shows them; cells come as
     * the text the CSV path parses (dates ISO yyyy-MM-dd, whole numbers without ".0"). A file that
     * is no workbook, an encrypted one or a zip bomb is a {@link MalformedFile}.
     */
    static RowSource xlsx(Path file, String sheet, Columns known) throws IOException {
        return XlsxRows.open(file, sheet, known);
    }

    /**
     * An NDJSON value as the cell it stands for: a scalar as its text, null as absent, an array as a
     * multi-valued cell (its entries joined by {@code ;}), an array in it as an entry's parts (joined by
     * {@code |}, null a blank part): {@code ["纪检","财务"]} is {@code 纪检;财务},
     * {@code [["410622-001","副镇长","2015-03-01",null]]} is {@code 410622-001|副镇长|2015-03-01|}.
     * Refused (IllegalArgumentException) for an object, a deeper array, or an entry or part holding
     * the separator it would be joined by (it would read as two).
     */
    private static String cell(JsonNode value) {
        if (value.isNull()) {
            return null;
        }
        if (value.isValueNode()) {
            return value.asText();
        }
        if (!value.isArray()) {
            throw new IllegalArgumentException("not a cell");
        }
        List<String> entries = new java.util.ArrayList<>();
        for (JsonNode entry : value) {
            String text;
            if (entry.isArray()) {
                List<String> parts = new java.util.ArrayList<>();
                for (JsonNode part : entry) {
                    if (part.isContainerNode() || (part.isValueNode() && part.asText().matches("(?s).*[|｜;；].*"))) {
                        throw new IllegalArgumentException("not a cell");
                    }
                    parts.add(part.isNull() ? "" : part.asText());
                }
                text = String.join("|", parts);
            } else if (entry.isValueNode() && !entry.isNull()) {
                text = entry.asText();
                if (text.matches("(?s).*[;；].*")) {
                    throw new IllegalArgumentException("not a cell");
                }
            } else {
                throw new IllegalArgumentException("not a cell");
            }
            entries.add(text);
        }
        return String.join(";", entries);
    }

    /** NDJSON: one JSON object a line, its keys columns (English or Chinese); blank lines are skipped. */
    static RowSource ndjson(Reader reader, ObjectMapper mapper, Columns known) {
        BufferedReader lines = new BufferedReader(reader);
        return new RowSource() {
            private long line;

            @Override
            public SourceRow next() throws IOException {
                String text;
                do {
                    text = lines.readLine();
                    line++;
                    if (text == null) {
                        return null;
                    }
                    text = text.replace("\uFEFF", "");
                } while (text.isBlank());
                List<String> raw = List.of(text);
                JsonNode node;
                try {
                    node = mapper.readTree(text);
                } catch (IOException notJson) {
                    return new SourceRow(line, Map.of(), null, "is not a JSON object", raw);
                }
                if (node == null || !node.isObject()) {
                    return new SourceRow(line, Map.of(), null, "is not a JSON object", raw);
                }
                Map<String, String> values = new HashMap<>();
                for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                    Map.Entry<String, JsonNode> field = fields.next();
                    if (Columns.isReason(field.getKey())) {
                        continue;
                    }
                    String column = known.named(field.getKey()).orElse(null);
                    if (column == null) {
                        return new SourceRow(line, Map.of(), field.getKey(), "names no column of " + known.kind()
                                + "; the columns are " + known.all(), raw);
                    }
                    String value;
                    try {
                        value = cell(field.getValue());
                    } catch (IllegalArgumentException notACell) {
                        return new SourceRow(line, Map.of(), column, "must be a string, number or boolean, or an array "
                                + "of them (the entries of a multi-valued cell) or of arrays of them (an entry's parts), "
                                + "an entry without ';' and a part without '|'", raw);
                    }
                    values.put(column, value);
                }
                return new SourceRow(line, values, null, null, raw);
            }

            @Override
            public void close() throws IOException {
                lines.close();
            }
        };
    }
}
