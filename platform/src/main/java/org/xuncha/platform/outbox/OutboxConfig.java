package org.xuncha.platform.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How the outbox relay publishes ({@code xuncha.outbox.*}). */
@ConfigMapping(prefix = "xuncha.outbox")
public interface OutboxConfig {

    /** Whether this instance runs a relay at all. */
    @WithDefault("true")
    boolean relayEnabled();

    /** How often the relay looks for rows when no commit has woken it. */
    @WithDefault("PT1S")
    Duration pollInterval();

    /** At most this many rows are published per database transaction. */
    @WithDefault("500")
    int batchSize();

    /** How long the relay waits for the broker to acknowledge a batch before it tries again. */
    @WithDefault("PT10S")
    Duration sendTimeout();

    /** How long the relay waits after a failed batch before the next attempt. */
    @WithDefault("PT1S")
    Duration retryBackoff();

    /** The CloudEvents {@code source} of this service's events ({@code ce_source}). */
    @WithDefault("urn:xuncha:${quarkus.application.name}")
    String source();

    /** Published rows are kept this long, for the record, then deleted. */
    @WithDefault("P7D")
    Duration retention();
}
