package org.xuncha.platform.audit;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

/** Publishes the audit trail's head every {@code xuncha.audit.checkpoint.every} (5 minutes by default). */
@ApplicationScoped
public class AuditHeadSchedule {

    private final AuditHeadPublisher publisher;

    public AuditHeadSchedule(AuditHeadPublisher publisher) {
        this.publisher = publisher;
    }

    @Scheduled(identity = "audit-head", every = "${xuncha.audit.checkpoint.every:5m}", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void publishHead() {
        publisher.publish();
    }
}
