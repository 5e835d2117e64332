package org.xuncha.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.Response;

/**
 * Refusals the HTTP layer makes before a resource is reached (a request target that is not a URI,
 * a body larger than the limit) are problem JSON like every other refusal, not an empty body.
 */
@ApplicationScoped
public class HttpRefusals {

    private final ObjectMapper json;

    public HttpRefusals(ObjectMapper json) {
        this.json = json;
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(this::refuse);
    }

    void refuse(RoutingContext context) {
        int status = context.statusCode();
        if (context.response().headWritten() || context.response().ended() || status < 400 || status >= 500) {
            context.next();
            return;
        }
        write(context, status, status == 413 ? "payload-too-large" : "malformed-request", detailOf(status));
    }

    static String detailOf(int status) {
        return switch (status) {
            case 413 -> "The request body is larger than this operation accepts";
            case 414 -> "The request target is too long";
            case 431 -> "The request headers are too large";
            default -> "The request is not well-formed HTTP (its target is not a valid URI path)";
        };
    }

    /** Writes a problem on a Vert.x response, for refusals made outside JAX-RS. */
    public void write(RoutingContext context, int status, String slug, String detail) {
        Response.StatusType type = Response.Status.fromStatusCode(status);
        String path;
        try {
            path = context.normalizedPath();
        } catch (RuntimeException unreadable) {
            path = null;
        }
        Problem problem = Problem.of(slug, type == null ? "Bad Request" : type.getReasonPhrase(), status, detail,
                ProblemMappers.instanceOf(path));
        try {
            context.response().setStatusCode(status)
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .end(json.writeValueAsString(problem));
        } catch (JsonProcessingException unwritable) {
            context.response().setStatusCode(status).end();
        }
    }
}
