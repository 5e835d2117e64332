package org.xuncha.platform.limits;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;
import java.util.Optional;

/**
 * How large a request body may be ({@code xuncha.http.*}). {@code quarkus.http.limits.max-body-size}
 * is the HTTP server's one limit for every path, so it is set to what the largest operation needs
 * (a bulk import); every other path is held to {@link #maxBodySize()} here.
 */
@ConfigMapping(prefix = "xuncha.http")
public interface BodyLimitConfig {

    /** The largest body an operation takes, unless its path is one of {@link #largeBodyPaths()}. */
    @WithDefault("1M")
    MemorySize maxBodySize();

    /**
     * Regular expressions of the paths that take large bodies (round-service: {@code /imports/.*});
     * these are held to {@code quarkus.http.limits.max-body-size} only.
     */
    Optional<List<String>> largeBodyPaths();
}
