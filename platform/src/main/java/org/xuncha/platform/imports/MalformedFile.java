package org.xuncha.platform.imports;

/**
 * A file that cannot be read to its end: the job fails and writes nothing. {@code field} is the
 * request's part at fault when the upload is refused at once: {@code body}, or {@code sheet} for a
 * workbook without the sheet asked for.
 */
public class MalformedFile extends RuntimeException {

    private final String field;

    public MalformedFile(String message) {
        this("body", message);
    }

    public MalformedFile(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The part of the request at fault: body or sheet. */
    public String field() {
        return field;
    }
}
