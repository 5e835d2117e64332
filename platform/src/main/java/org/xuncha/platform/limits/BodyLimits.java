package org.xuncha.platform.limits;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.regex.Pattern;
import org.xuncha.platform.problem.HttpRefusals;

/**
 * Refuses a body larger than {@code xuncha.http.max-body-size} before it is read, with a 413 problem,
 * on every path but the large-body ones (imports), which the HTTP server's own limit holds. A body
 * sent without a length (chunked) to such a path is refused with 411: its size could only be known
 * once it had been read.
 */
@ApplicationScoped
public class BodyLimits {

    private final long maxBodySize;
    private final long serverMaxBodySize;
    private final List<Pattern> largeBodyPaths;
    private final HttpRefusals refusals;

    public BodyLimits(BodyLimitConfig config, HttpRefusals refusals) {
        this.maxBodySize = config.maxBodySize().asLongValue();
        this.serverMaxBodySize = org.eclipse.microprofile.config.ConfigProvider.getConfig()
                .getOptionalValue("quarkus.http.limits.max-body-size", io.quarkus.runtime.configuration.MemorySize.class)
                .map(io.quarkus.runtime.configuration.MemorySize::asLongValue).orElse(10L * 1024 * 1024);
        this.largeBodyPaths = config.largeBodyPaths().orElse(List.of()).stream().map(Pattern::compile).toList();
        this.refusals = refusals;
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::check);
    }

    void check(RoutingContext context) {
        HttpMethod method = context.request().method();
        if (method == HttpMethod.GET || method == HttpMethod.HEAD || method == HttpMethod.OPTIONS) {
            context.next();
            return;
        }
        boolean large = isLargeBodyPath(context.normalizedPath());
        long limit = large ? serverMaxBodySize : maxBodySize;
        String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        boolean chunked = "chunked".equalsIgnoreCase(context.request().getHeader(HttpHeaders.TRANSFER_ENCODING));
        if (length != null) {
            long declared;
            try {
                declared = Long.parseLong(length.trim());
            } catch (NumberFormatException notANumber) {
                declared = Long.MAX_VALUE;
            }
            if (declared > limit) {
                refuse(context, 413, "payload-too-large", "The request body is larger than this operation accepts ("
                        + limit + " bytes)");
                return;
            }
        } else if (chunked && !large) {
            refuse(context, 411, "length-required", "Send the request body with a Content-Length (at most "
                    + maxBodySize + " bytes)");
            return;
        }
        context.next();
    }

    private void refuse(RoutingContext context, int status, String slug, String detail) {
        context.response().putHeader(HttpHeaders.CONNECTION, "close");
        refusals.write(context, status, slug, detail);
    }

    boolean isLargeBodyPath(String path) {
        return path != null && largeBodyPaths.stream().anyMatch(pattern -> pattern.matcher(path).matches());
    }
}
