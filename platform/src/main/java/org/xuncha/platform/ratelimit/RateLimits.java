package org.xuncha.platform.ratelimit;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.quarkus.vertx.http.runtime.security.SecurityHandlerPriorities;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.xuncha.platform.problem.HttpRefusals;

/**
 * Rate limits per caller and per address, in two Vert.x filters around authentication.
 *
 * <ul>
 *   <li>Before authentication, a request without credentials takes a request from its remote
 *   address's budget: a flood without tokens is refused before anything else is done for it.</li>
 *   <li>After authentication (the token is verified here, once; the resource's security check reuses
 *   the same identity), a request whose token is refused takes from its address's budget too, and an
 *   authenticated one from its caller's (the token's {@code sub}): the budget of the most generous of
 *   its roles that has one, else the callers' budget, and for starting an import the imports' budget.</li>
 * </ul>
 *
 * Every counted answer carries {@code RateLimit-Policy} and {@code RateLimit}
 * (draft-ietf-httpapi-ratelimit-headers-10); a refusal is a 429 problem with {@code Retry-After}.
 * Health and metrics are never counted. Buckets live in this instance's memory.
 */
@ApplicationScoped
public class RateLimits {

    public static final String POLICY_HEADER = "RateLimit-Policy";
    public static final String STATE_HEADER = "RateLimit";
    /** Between CORS (300) and authentication (200); and between authentication and authorization (100). */
    static final int BEFORE_AUTHENTICATION = SecurityHandlerPriorities.AUTHENTICATION + 50;
    static final int AFTER_AUTHENTICATION = SecurityHandlerPriorities.AUTHENTICATION - 10;
    private static final String COUNTED = RateLimits.class.getName() + ".counted";

    private final boolean enabled;
    private final Budget address;
    private final Budget caller;
    private final Budget imports;
    private final Map<String, Budget> roles;
    private final List<Pattern> importPaths;
    private final List<Pattern> exemptPaths;
    private final HttpRefusals refusals;

    public RateLimits(RateLimitConfig config, HttpRefusals refusals) {
        this.enabled = config.enabled();
        this.address = new Budget("address", config.address(), config.maxTracked());
        this.caller = new Budget("caller", config.caller(), config.maxTracked());
        this.imports = new Budget("imports", config.imports(), config.maxTracked());
        this.roles = config.roles().entrySet().stream().collect(Collectors.toUnmodifiableMap(Map.Entry::getKey,
                role -> new Budget("role-" + role.getKey().toLowerCase(java.util.Locale.ROOT), role.getValue(),
                        config.maxTracked())));
        this.importPaths = config.importPaths().stream().map(Pattern::compile).toList();
        this.exemptPaths = config.exemptPaths().stream().map(Pattern::compile).toList();
        this.refusals = refusals;
    }

    void register(@Observes Filters filters) {
        if (enabled) {
            filters.register(this::beforeAuthentication, BEFORE_AUTHENTICATION);
            filters.register(this::afterAuthentication, AFTER_AUTHENTICATION);
        }
    }

    void beforeAuthentication(RoutingContext context) {
        if (exempt(context) || hasCredentials(context)) {
            context.next();
            return;
        }
        context.put(COUNTED, Boolean.TRUE);
        apply(context, address.take(addressOf(context)));
    }

    void afterAuthentication(RoutingContext context) {
        if (context.get(COUNTED) != null || exempt(context)) {
            context.next();
            return;
        }
        Uni<SecurityIdentity> deferred = context.get(QuarkusHttpUser.DEFERRED_IDENTITY_KEY);
        if (deferred == null) {
            apply(context, address.take(addressOf(context)));
            return;
        }
        // A refused token is answered by the authentication failure handler as soon as the identity fails,
        // so the address's budget is taken there, before the 401 is written (or instead of it, a 429).
        BiConsumer<RoutingContext, Throwable> installed = context.get(QuarkusHttpUser.AUTH_FAILURE_HANDLER);
        BiConsumer<RoutingContext, Throwable> onFailure = installed != null ? installed
                : (failed, failure) -> failed.fail(401, failure);
        context.put(QuarkusHttpUser.AUTH_FAILURE_HANDLER, (BiConsumer<RoutingContext, Throwable>) (failed, failure) -> {
            if (failed.get(COUNTED) != null) {
                onFailure.accept(failed, failure);
                return;
            }
            failed.put(COUNTED, Boolean.TRUE);
            Budget.Decision decision = address.take(addressOf(failed));
            setFields(failed, decision);
            if (decision.allowed()) {
                onFailure.accept(failed, failure);
            } else {
                refuse(failed, decision);
            }
        });
        deferred.subscribe().with(
                identity -> {
                    if (context.get(COUNTED) == null) {
                        context.put(COUNTED, Boolean.TRUE);
                        apply(context, identity == null || identity.isAnonymous()
                                ? address.take(addressOf(context))
                                : budgetOf(context, identity).take(identity.getPrincipal().getName()));
                    } else {
                        context.next();
                    }
                },
                refused -> {
                    if (!context.response().ended() && context.get(COUNTED) == null) {
                        context.put(COUNTED, Boolean.TRUE);
                        apply(context, address.take(addressOf(context)));
                    }
                });
    }

    private Budget budgetOf(RoutingContext context, SecurityIdentity identity) {
        if (startsImport(context)) {
            return imports;
        }
        Optional<Budget> ofRole = identity.getRoles().stream().map(roles::get).filter(java.util.Objects::nonNull)
                .max(Comparator.comparingDouble(budget -> budget.capacity() / (double) budget.period().toMillis()));
        return ofRole.orElse(caller);
    }

    private void apply(RoutingContext context, Budget.Decision decision) {
        setFields(context, decision);
        if (decision.allowed()) {
            context.next();
        } else {
            refuse(context, decision);
        }
    }

    private static void setFields(RoutingContext context, Budget.Decision decision) {
        var headers = context.response().headers();
        headers.set(POLICY_HEADER, decision.policyField());
        headers.set(STATE_HEADER, decision.stateField());
    }

    private void refuse(RoutingContext context, Budget.Decision decision) {
        context.response().headers().set(HttpHeaders.RETRY_AFTER, Long.toString(decision.retryAfter()));
        refusals.write(context, 429, "rate-limited", "More than " + decision.budget().capacity() + " requests in "
                + decision.budget().period().toSeconds() + " s (" + decision.budget().name()
                + " budget); retry after " + decision.retryAfter() + " s");
    }

    private boolean exempt(RoutingContext context) {
        String path = context.normalizedPath();
        return path != null && exemptPaths.stream().anyMatch(pattern -> pattern.matcher(path).matches());
    }

    private boolean startsImport(RoutingContext context) {
        HttpMethod method = context.request().method();
        String path = context.normalizedPath();
        return method != HttpMethod.GET && method != HttpMethod.HEAD && method != HttpMethod.OPTIONS && path != null
                && importPaths.stream().anyMatch(pattern -> pattern.matcher(path).matches());
    }

    private static boolean hasCredentials(RoutingContext context) {
        return context.request().getHeader(HttpHeaders.AUTHORIZATION) != null;
    }

    /** The client's address; behind a proxy, {@code quarkus.http.proxy.*} makes it the forwarded one. */
    private static String addressOf(RoutingContext context) {
        SocketAddress remote = context.request().remoteAddress();
        return remote == null ? "unknown" : remote.hostAddress();
    }
}
