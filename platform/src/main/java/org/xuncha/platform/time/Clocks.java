package org.xuncha.platform.time;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/**
 * The one source of "now", in the committee's zone: {@code LocalDate.now(clock)} is the committee's
 * today whatever zone the server runs in. Domain code takes a {@link Clock} instead of calling
 * {@code Instant.now()}, so tests can move time instead of waiting for it.
 */
public class Clocks {

    @Produces
    @Singleton
    Clock clock() {
        return Clock.system(CommitteeZone.configured());
    }
}
