package org.xuncha.platform.operations;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * When an instance reports itself not ready ({@code /q/health/ready}, {@code xuncha.readiness.*}),
 * besides its database and Kafka connections being down. README, "Operations", says why.
 */
@ConfigMapping(prefix = "xuncha.readiness")
public interface ReadinessConfig {

    /** Not ready while the oldest outbox row not yet published is older than this: the outbox does not drain. */
    @WithDefault("PT5M")
    Duration outboxStalledAfter();

    /** Not ready while more than this many records were moved to the dead-letter topic within {@link #deadLetterWindow()}. */
    @WithDefault("20")
    int deadLetterThreshold();

    /** The sliding window {@link #deadLetterThreshold()} counts dead letters in. */
    @WithDefault("PT15M")
    Duration deadLetterWindow();
}
