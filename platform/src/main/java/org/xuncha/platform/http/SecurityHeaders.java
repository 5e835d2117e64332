package org.xuncha.platform.http;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The security headers of every response, errors included, set before any route runs: the API is
 * never sniffed, framed, given a referrer or stored by a cache. Swagger UI (under {@code /q/swagger-ui})
 * keeps a policy that lets its own page run; HSTS is sent only over HTTPS (directly or behind a proxy
 * that says so), where a browser heeds it.
 */
@ApplicationScoped
public class SecurityHeaders {

    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
    static final String UI_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; frame-ancestors 'none'";

    /** Before CORS (300), authentication (200) and rate limits, so that their refusals carry the headers too. */
    void register(@Observes Filters filters) {
        filters.register(SecurityHeaders::apply, 400);
    }

    static void apply(RoutingContext context) {
        MultiMap headers = context.response().headers();
        String path = context.normalizedPath();
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("X-Frame-Options", "DENY");
        headers.set("Referrer-Policy", "no-referrer");
        headers.set("Content-Security-Policy", path.startsWith("/q/swagger-ui") ? UI_POLICY : API_POLICY);
        if (context.request().isSSL() || "https".equalsIgnoreCase(context.request().getHeader("X-Forwarded-Proto"))) {
            headers.set("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
        boolean document = path.startsWith("/q/swagger-ui") || path.startsWith("/q/openapi");
        if (!document) {
            context.addHeadersEndHandler(ignored -> {
                if (!context.response().headers().contains("Cache-Control")) {
                    context.response().headers().set("Cache-Control", "no-store");
                }
            });
        }
        context.next();
    }
}
