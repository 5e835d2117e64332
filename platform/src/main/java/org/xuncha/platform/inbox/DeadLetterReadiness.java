package org.xuncha.platform.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.xuncha.platform.operations.ReadinessConfig;

/**
 * The instance is not ready while it moved more than {@code xuncha.readiness.dead-letter-threshold}
 * records to the dead-letter topic within the last {@code xuncha.readiness.dead-letter-window}: a
 * burst of records it cannot read or apply (a bad deployment on either side, a contract that
 * drifted) is a state to look at, not noise. The window slides, so readiness comes back by itself
 * once fewer letters remain in it; single poison records now and then never take it down.
 */
@Readiness
@ApplicationScoped
public class DeadLetterReadiness implements HealthCheck {

    private final DeadLetterWatch watch;
    private final ReadinessConfig config;

    public DeadLetterReadiness(DeadLetterWatch watch, ReadinessConfig config) {
        this.watch = watch;
        this.config = config;
    }

    @Override
    public HealthCheckResponse call() {
        int written = watch.inWindow();
        return HealthCheckResponse.named("dead-letters")
                .status(written <= config.deadLetterThreshold())
                .withData("writtenInWindow", written)
                .withData("threshold", config.deadLetterThreshold())
                .withData("window", config.deadLetterWindow().toString())
                .build();
    }
}
