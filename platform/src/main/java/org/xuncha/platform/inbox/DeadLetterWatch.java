package org.xuncha.platform.inbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import org.xuncha.platform.operations.ReadinessConfig;

/**
 * Counts the records this instance moves to a dead-letter topic ({@code xuncha_dead_letters_total},
 * by topic) and remembers when it wrote the most recent ones, for {@link DeadLetterReadiness}.
 */
@ApplicationScoped
public class DeadLetterWatch {

    private final MeterRegistry registry;
    private final ReadinessConfig config;
    private final Clock clock;
    /** When the most recent letters were written, oldest first; at most threshold + 1 of them. */
    private final Deque<Instant> recent = new ArrayDeque<>();

    public DeadLetterWatch(MeterRegistry registry, ReadinessConfig config, Clock clock) {
        this.registry = registry;
        this.config = config;
        this.clock = clock;
    }

    /** A record was moved to {@code deadLetterTopic} (the broker has the copy). */
    public void written(String deadLetterTopic) {
        Counter.builder("xuncha.dead.letters")
                .description("Records moved to a dead-letter topic because they could not be read or applied")
                .tag("topic", deadLetterTopic)
                .register(registry)
                .increment();
        synchronized (recent) {
            recent.addLast(clock.instant());
            while (recent.size() > config.deadLetterThreshold() + 1) {
                recent.removeFirst();
            }
        }
    }

    /** How many letters this instance wrote within the window (up to threshold + 1). */
    public int inWindow() {
        Instant now = clock.instant();
        synchronized (recent) {
            return (int) recent.stream().filter(at -> {
                Duration age = Duration.between(at, now);
                return !age.isNegative() && age.compareTo(config.deadLetterWindow()) <= 0;
            }).count();
        }
    }
}
