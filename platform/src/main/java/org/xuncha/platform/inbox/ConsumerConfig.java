package org.xuncha.platform.inbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How events are applied ({@code xuncha.consumer.*}). */
@ConfigMapping(prefix = "xuncha.consumer")
public interface ConsumerConfig {

    /**
     * How many times an event is tried when applying it fails for a reason that is not known to
     * pass, before it goes to the dead-letter topic. Failures that pass (the database unreachable,
     * a lock timeout) are retried for as long as they last.
     */
    @WithDefault("5")
    int attempts();

    /** The wait after the first failed attempt; it doubles after each further one, up to five seconds. */
    @WithDefault("PT0.2S")
    Duration backoff();

    /**
     * How long the ids of applied events are kept, to recognise a replay: longer than the topics
     * keep their records (seven days by default).
     */
    @WithDefault("P30D")
    Duration retention();
}
