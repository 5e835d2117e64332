package org.xuncha.platform.imports;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads RFC 4180 records one at a time from a reader: fields separated by commas, quoted with
 * double quotes (a doubled quote inside), line breaks inside quotes kept. Holds one record.
 */
public final class CsvRecords {

    private final Reader reader;
    private long line = 1;
    private long recordLine;
    private int pushedBack = -2;

    public CsvRecords(Reader reader) {
        this.reader = reader;
    }

    /** The line the last record returned started on (1 for the first line of the file). */
    public long recordLine() {
        return recordLine;
    }

    /** The next record, or null at the end of the file. */
    public List<String> next() throws IOException {
        int c = read();
        while (c == '\r' || c == '\n') {
            if (c == '\n') {
                line++;
            }
            c = read();
        }
        if (c == -1) {
            return null;
        }
        recordLine = line;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        while (true) {
            if (quoted) {
                if (c == -1) {
                    throw new MalformedFile("the file ends inside a quoted field that started on line " + recordLine
                            + " (a file cut in the middle, or a quote not closed)");
                }
                if (c == '"') {
                    int after = read();
                    if (after == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        c = after;
                        continue;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append((char) c);
                }
                c = read();
                continue;
            }
            if (c == '"' && field.isEmpty() && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
                c = read();
                continue;
            }
            if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                wasQuoted = false;
            } else if (c == '\n' || c == '\r' || c == -1) {
                fields.add(field.toString());
                if (c == '\r') {
                    int after = read();
                    if (after != '\n') {
                        pushedBack = after;
                    } else {
                        line++;
                    }
                } else if (c == '\n') {
                    line++;
                }
                return fields;
            } else {
                field.append((char) c);
            }
            c = read();
        }
    }

    private int read() throws IOException {
        if (pushedBack != -2) {
            int c = pushedBack;
            pushedBack = -2;
            return c;
        }
        return reader.read();
    }
}
