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
 *
 * <p>The limits on a request's target and headers are enforced here, not by the HTTP codec: the codec
 * answers its own refusals (414, 431) with an empty body and no hook to change it (Quarkus does not
 * expose Vert.x's invalid-request handler), so the services give the codec limits sixteen times
 * these ({@code quarkus.http.limits.max-initial-line-length}, {@code max-header-size}) and refuse
 * here, as problem JSON, what is over these.
 */
@ApplicationScoped
public class HttpRefusals {

    /** The longest request target (path and query) served, in characters as sent (percent-encoded). */
    public static final int LONGEST_TARGET = 4096;

    /** The largest header section served: the names and values of every header, in characters. */
    public static final int LARGEST_HEADERS = 20 * 1024;

    private final ObjectMapper json;

    public HttpRefusals(ObjectMapper json) {
        this.json = json;
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::withinLimits);
        router.route().order(Integer.MIN_VALUE).failureHandler(this::refuse);
        // No route at all for the path (nothing of the API, nothing under /q): the router's own answer.
        for (int status : new int[] {404, 405, 406, 415}) {
            router.errorHandler(status, this::refuse);
        }
    }

    void withinLimits(RoutingContext context) {
        if (context.request().uri().length() > LONGEST_TARGET) {
            write(context, 414, "uri-too-long", "The request target is longer than " + LONGEST_TARGET + " characters");
            return;
        }
        int headers = 0;
        for (var header : context.request().headers()) {
            headers += header.getKey().length() + header.getValue().length();
        }
        if (headers > LARGEST_HEADERS) {
            write(context, 431, "headers-too-large", "The request headers are larger than " + LARGEST_HEADERS
                    + " characters");
            return;
        }
        context.next();
    }

    void refuse(RoutingContext context) {
        int status = context.statusCode();
        if (context.response().headWritten() || context.response().ended() || status < 400 || status >= 500) {
            context.next();
            return;
        }
        write(context, status, slugOf(status), detailOf(status));
    }

    static String slugOf(int status) {
        return switch (status) {
            case 404 -> "not-found";
            // as ProblemMappers names the same refusals made by JAX-RS
            case 405, 406, 415 -> "http-" + status;
            case 413 -> "payload-too-large";
            default -> "malformed-request";
        };
    }

    static String detailOf(int status) {
        return switch (status) {
            case 404 -> "No operation has this path";
            case 405 -> "This path does not take this method";
            case 406 -> "This operation cannot answer in a media type the request accepts";
            case 413 -> "The request body is larger than this operation accepts";
            case 415 -> "This operation does not take a body of this media type";
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
