package org.xuncha.platform.imports;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.xuncha.platform.problem.InvalidInput;

/** An uploaded file: spooled to disk as it arrives, then read in its character set. */
public final class Uploads {

    /** The media type of CSV uploads. */
    public static final String CSV = "text/csv";
    /** The media type of NDJSON uploads. */
    public static final String NDJSON = "application/x-ndjson";
    /** The media type of Excel workbooks (.xlsx). */
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private Uploads() {
    }

    /** The format of an upload from its Content-Type: ndjson, xlsx, else csv. */
    public static String format(String contentType) {
        String type = contentType == null ? "" : contentType.strip().toLowerCase(java.util.Locale.ROOT);
        if (type.startsWith(NDJSON)) {
            return "ndjson";
        }
        return type.startsWith(XLSX) ? "xlsx" : "csv";
    }

    /** Whether a format has a header row (CSV, XLSX) whose order the rejected rows keep. */
    public static boolean hasHeader(String format) {
        return "csv".equals(format) || "xlsx".equals(format);
    }

    /**
     * The character set a client declared ({@code charset} query parameter); empty when it
     * declared none; a 400 naming the field when it is not one.
     */
    public static Optional<Charset> declared(String charsetName) {
        if (charsetName == null || charsetName.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Charset.forName(charsetName.strip()));
        } catch (IllegalArgumentException unknown) {
            throw InvalidInput.of("charset", "'" + charsetName + "' is not a character set (UTF-8, GBK, GB18030)");
        }
    }

    /** Copies the body to a new temporary file a buffer at a time; a 400 on body past maxBytes. */
    public static Path spool(InputStream body, String suffix, long maxBytes) throws IOException {
        Path file = Files.createTempFile("xuncha-import-", "." + suffix);
        try {
            long total = 0;
            byte[] buffer = new byte[64 * 1024];
            try (InputStream in = body; OutputStream out = Files.newOutputStream(file)) {
                int read;
                while (in != null && (read = in.read(buffer)) > 0) {
                    total += read;
                    if (total > maxBytes) {
                        throw InvalidInput.of("body", "is larger than " + maxBytes + " bytes; split the file");
                    }
                    out.write(buffer, 0, read);
                }
            }
            return file;
        } catch (IOException | RuntimeException e) {
            delete(file);
            throw e;
        }
    }

    /** A buffered reader of the file in its character set, past a UTF-8 byte order mark. */
    public static Reader open(Path file, Charset charset) throws IOException {
        InputStream in = Files.newInputStream(file);
        if (charset.equals(StandardCharsets.UTF_8) && Charsets.startsWithBom(file)) {
            in.skipNBytes(3);
        }
        return new BufferedReader(new InputStreamReader(in, charset), 64 * 1024);
    }

    /** Deletes a temporary file, quietly. */
    public static void delete(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a temporary file
        }
    }
}
