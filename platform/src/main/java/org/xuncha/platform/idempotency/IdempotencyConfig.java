package org.xuncha.platform.idempotency;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How {@code Idempotency-Key}s are kept ({@code xuncha.idempotency.*}). */
@ConfigMapping(prefix = "xuncha.idempotency")
public interface IdempotencyConfig {

    /**
     * How long a key and its first answer are kept: a retry within this time gets the first answer
     * again; after it the key is forgotten and a request under it is a new request.
     */
    @WithDefault("PT24H")
    Duration retention();

    /** How often expired keys are deleted (also, an expired key is ignored the moment it expires). */
    @WithDefault("PT10M")
    Duration purgeEvery();
}
