package org.xuncha.platform.audit;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How the audit trail's head is published ({@code xuncha.audit.checkpoint.*}); see {@link AuditHeadPublisher}. */
@ConfigMapping(prefix = "xuncha.audit.checkpoint")
public interface AuditCheckpointConfig {

    /**
     * How often the head is read and published, as the scheduler reads it ({@code 5m}, {@code 30s});
     * {@code off} publishes none. Read by {@link AuditHeadSchedule}'s annotation.
     */
    @WithDefault("5m")
    String every();

    /** The topic of the service's heads ({@code xuncha.round.audit}, {@code xuncha.rectification.audit}). */
    String topic();

    /** The service whose trail it is: the record key and the event's {@code service}. */
    @WithDefault("${quarkus.application.name}")
    String service();
}
