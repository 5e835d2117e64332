package org.xuncha.platform.time;

import jakarta.inject.Singleton;
import jakarta.validation.ClockProvider;
import java.time.Clock;

/**
 * The clock Bean Validation reads for {@code @PastOrPresent} and its kin: the committee's clock, so
 * "not in the future" means the committee's today, and a test that moves time moves it too.
 */
@Singleton
public class ValidationClock implements ClockProvider {

    private final Clock clock;

    public ValidationClock(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Clock getClock() {
        return clock;
    }
}
