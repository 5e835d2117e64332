package org.xuncha.platform.idempotency;

import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;

/**
 * The first answer given under a key: what a retry gets again.
 *
 * @param fingerprint what the request was (method, path, query, body), to tell a retry from a
 *     different request under the same key
 * @param headers the headers the operation set (Location, ETag), each with its values
 * @param body the body as it was written, or null for none
 */
record StoredAnswer(String fingerprint, int status, Map<String, List<String>> headers, String contentType,
        byte[] body) {

    /** The header a replayed answer carries, so a client can tell it from a fresh one. */
    static final String REPLAYED_HEADER = "Idempotent-Replayed";

    Response replay() {
        Response.ResponseBuilder replay = Response.status(status);
        headers.forEach((name, values) -> values.forEach(value -> replay.header(name, value)));
        replay.header(REPLAYED_HEADER, "true");
        if (body != null) {
            replay.entity(body).type(contentType);
        }
        return replay.build();
    }
}
