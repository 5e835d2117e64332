package org.xuncha.platform.documents;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * A generated file as the answer of a GET: an attachment under its own name (RFC 6266 and RFC 8187:
 * {@code filename*=UTF-8''…}, with a plain ASCII {@code filename} for old clients), never cached,
 * since it holds what its readers may read.
 */
public final class Download {

    /** How the OpenAPI documents describe the header. */
    public static final String DESCRIPTION = "attachment, with the file's name in UTF-8 (filename*) and an ASCII "
            + "fallback (filename)";
    /** An example of the header, for the OpenAPI documents. */
    public static final String EXAMPLE = "attachment; filename=\"document.docx\"; filename*=UTF-8''"
            + "%E5%9F%8E%E5%85%B3%E9%95%87%E5%85%9A%E5%A7%94%E5%B7%A1%E5%AF%9F%E5%8F%8D%E9%A6%88%E6%84%8F%E8%A7%81.docx";

    private Download() {
    }

    /** The answer carrying the file. */
    public static Response of(byte[] content, String mediaType, String fileName) {
        return Response.ok(content, mediaType)
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition(fileName))
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    /** {@code attachment; filename="document.docx"; filename*=UTF-8''<the name, percent-encoded>}. */
    public static String disposition(String fileName) {
        int dot = fileName.lastIndexOf('.');
        String extension = dot < 0 ? "" : fileName.substring(dot).replaceAll("[^A-Za-z0-9.]", "");
        return "attachment; filename=\"document" + extension + "\"; filename*=UTF-8''"
                + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
