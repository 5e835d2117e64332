package org.xuncha.platform.outbox;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.xuncha.platform.operations.ReadinessConfig;

/**
 * What waits in the outbox: the rows not yet published and the age of the oldest, as gauges
 * ({@code xuncha_outbox_backlog}, {@code xuncha_outbox_oldest_age_seconds}) and as a readiness
 * check: the service is not ready while its oldest unpublished row is older than
 * {@code xuncha.readiness.outbox-stalled-after}, that is while the outbox has not drained for that
 * long (the broker unreachable, the relay stuck, or no instance holding the relay lock). Read from
 * the database, so every instance of the service reports the same outbox; one reading serves the
 * gauges and the check for a second.
 */
@Readiness
@ApplicationScoped
public class OutboxBacklog implements HealthCheck {

    private static final Duration REUSE_FOR = Duration.ofSeconds(1);

    private final DataSource dataSource;
    private final Clock clock;
    private final ReadinessConfig config;
    private final MeterRegistry registry;
    private volatile Reading last;

    public OutboxBacklog(DataSource dataSource, Clock clock, ReadinessConfig config, MeterRegistry registry) {
        this.dataSource = dataSource;
        this.clock = clock;
        this.config = config;
        this.registry = registry;
    }

    /** The outbox at one moment: rows waiting, and when the oldest of them was written (null when none wait). */
    public record Reading(long rows, Instant oldest, Instant at) {

        public Duration oldestAge() {
            return oldest == null || oldest.isAfter(at) ? Duration.ZERO : Duration.between(oldest, at);
        }
    }

    void register(@Observes StartupEvent started) {
        Gauge.builder("xuncha.outbox.backlog", this, backlog -> backlog.read().rows())
                .description("Outbox rows not yet published to Kafka")
                .register(registry);
        Gauge.builder("xuncha.outbox.oldest.age", this, backlog -> backlog.read().oldestAge().toMillis() / 1000.0)
                .description("How long the oldest outbox row not yet published has waited")
                .baseUnit("seconds")
                .register(registry);
    }

    /** The outbox now, or as read less than a second ago. */
    public Reading read() {
        Reading reading = last;
        Instant now = clock.instant();
        if (reading != null && !now.isBefore(reading.at()) && Duration.between(reading.at(), now).compareTo(REUSE_FOR) < 0) {
            return reading;
        }
        reading = query(now);
        last = reading;
        return reading;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("outbox");
        Reading reading;
        try {
            reading = read();
        } catch (IllegalStateException unreadable) {
            return response.down().withData("error", unreadable.getMessage()).build();
        }
        Duration age = reading.oldestAge();
        return response.status(age.compareTo(config.outboxStalledAfter()) <= 0)
                .withData("unpublished", reading.rows())
                .withData("oldestWaitingSeconds", age.toSeconds())
                .withData("stalledAfter", config.outboxStalledAfter().toString())
                .build();
    }

    private Reading query(Instant now) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "select count(*), min(created_at) from outbox_message where published_at is null");
                ResultSet result = statement.executeQuery()) {
            result.next();
            Timestamp oldest = result.getTimestamp(2);
            return new Reading(result.getLong(1), oldest == null ? null : oldest.toInstant(), now);
        } catch (SQLException failure) {
            throw new IllegalStateException("Cannot read the outbox: " + failure.getMessage(), failure);
        }
    }
}
