package org.xuncha.platform.inbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How events are applied ({@code xuncha.consumer.*}). */
@ConfigMapping(prefix = "xuncha.consumer")
public interface ConsumerConfig {

    /**
     * How many times an event is tried when applying it fails for a reason that may pass (the
     * database unreachable, a lock timeout) before it goes to the dead-letter topic.
     */
    @WithDefault("5")
    int attempts();

    /** The wait after the first failed attempt; it doubles after each further one. */
    @WithDefault("PT0.2S")
    Duration backoff();
}
