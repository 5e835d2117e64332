package org.xuncha.platform.inbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import org.jboss.logging.Logger;
import org.xuncha.contract.EventEnvelope;
import org.xuncha.platform.problem.DomainException;

/**
 * The idempotent consumer: applies each event once, however often it is delivered.
 *
 * <p>The event id goes into {@code processed_event} in the same transaction that applies the
 * event; a replay finds the id there and changes nothing, and two deliveries racing each other are
 * serialized by the primary key. An event that cannot be read or that the domain refuses is
 * thrown back to the messaging layer, which puts it on the dead-letter topic with the reason and
 * goes on with the partition. Failures that may pass are retried a few times first.
 */
@ApplicationScoped
public class EventConsumer {

    private static final Logger LOG = Logger.getLogger(EventConsumer.class);

    private final EventReader reader;
    private final EntityManager entityManager;
    private final Clock clock;
    private final ConsumerConfig config;
    private final Map<String, EventHandler<?>> handlers = new HashMap<>();

    public EventConsumer(EventReader reader, EntityManager entityManager, Clock clock, ConsumerConfig config,
            @Any Instance<EventHandler<?>> handlers) {
        this.reader = reader;
        this.entityManager = entityManager;
        this.clock = clock;
        this.config = config;
        for (EventHandler<?> handler : handlers) {
            EventHandler<?> previous = this.handlers.put(handler.type().toString(), handler);
            if (previous != null) {
                throw new IllegalStateException("Two handlers for " + handler.type());
            }
        }
    }

    /** Reads and applies one record's value; throws when the record belongs on the dead-letter topic. */
    public void consume(String value) {
        EventEnvelope<?> event = reader.read(value);
        EventHandler<?> handler = handlers.get(event.type() + " v" + event.version());
        if (handler == null) {
            LOG.debugf("No handler for %s; event %s skipped", event.type(), event.eventId());
            return;
        }
        applyWithRetries(event, handler);
    }

    private void applyWithRetries(EventEnvelope<?> event, EventHandler<?> handler) {
        long backoff = config.backoff().toMillis();
        for (int attempt = 1; ; attempt++) {
            try {
                applyOnce(event, handler);
                return;
            } catch (DomainException refused) {
                throw new UnreadableEvent("Refused by the domain: " + refused.getMessage(), refused);
            } catch (RuntimeException failure) {
                if (attempt >= config.attempts()) {
                    throw failure;
                }
                LOG.warnf("Applying %s %s failed (attempt %d of %d): %s", event.type(), event.eventId(),
                        attempt, config.attempts(), failure.getMessage());
                pause(backoff);
                backoff *= 2;
            }
        }
    }

    @SuppressWarnings("unchecked")
    private <P> void applyOnce(EventEnvelope<?> event, EventHandler<P> handler) {
        QuarkusTransaction.requiringNew().run(() -> {
            int firstDelivery = entityManager.createNativeQuery("""
                            insert into processed_event (event_id, event_type, processed_at)
                            values (:eventId, :type, :now) on conflict do nothing""")
                    .setParameter("eventId", event.eventId())
                    .setParameter("type", event.type())
                    .setParameter("now", OffsetDateTime.now(clock))
                    .executeUpdate();
            if (firstDelivery == 0) {
                LOG.debugf("Event %s was already applied; replay ignored", event.eventId());
                return;
            }
            handler.apply((EventEnvelope<P>) event);
        });
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting to retry", interrupted);
        }
    }
}
