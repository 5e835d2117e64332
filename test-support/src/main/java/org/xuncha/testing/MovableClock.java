package org.xuncha.testing;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The clock of every service under test: real time plus an offset tests can move, so deadlines
 * are crossed by moving time, not by waiting. Tests that move it put it back with {@link #reset()}.
 * Like the services' own clock, it runs in the committee's zone.
 */
@Alternative
@Priority(1)
@Singleton
public class MovableClock extends Clock {

    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);
    private final ZoneId zone;

    public MovableClock() {
        this(Committee.ZONE);
    }

    private MovableClock(ZoneId zone) {
        this.zone = zone;
    }

    public void advance(Duration by) {
        offset.updateAndGet(current -> current.plus(by));
    }

    public void reset() {
        offset.set(Duration.ZERO);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId newZone) {
        MovableClock other = new MovableClock(newZone);
        other.offset.set(offset.get());
        return other;
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset.get());
    }
}
