package org.xuncha.platform.ratelimit;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The rate limits of a service ({@code xuncha.rate-limit.*}): each budget is a token bucket of
 * {@code capacity} requests that refills evenly over {@code period}, kept in this instance's memory.
 */
@ConfigMapping(prefix = "xuncha.rate-limit")
public interface RateLimitConfig {

    /** Off, no request is counted and no rate-limit header is sent. */
    @WithDefault("true")
    boolean enabled();

    /** Per remote address, for requests without a token and requests whose token is refused. */
    Budget address();

    /** Per caller (the token's subject), unless one of the caller's roles has a budget of its own. */
    Budget caller();

    /** Per caller, for the roles named (e.g. {@code INTEGRATION}); the largest of a caller's roles applies. */
    Map<String, Budget> roles();

    /** Per caller, for requests that start an import (anything but GET or HEAD on {@link #importPaths()}). */
    Budget imports();

    /** Regular expressions of the paths that import ({@code /imports/**}). */
    @WithDefault("/imports(/.*)?")
    List<String> importPaths();

    /** Regular expressions of the paths never counted: health and metrics, which probes and scrapers poll. */
    @WithDefault("/q/health(/.*)?,/q/metrics(/.*)?")
    List<String> exemptPaths();

    /** How many buckets each budget keeps at most; the least recently used is forgotten beyond. */
    @WithDefault("100000")
    long maxTracked();

    interface Budget {

        /** Requests allowed in a burst, and per {@link #period()}. */
        long capacity();

        @WithDefault("PT1M")
        Duration period();
    }
}
