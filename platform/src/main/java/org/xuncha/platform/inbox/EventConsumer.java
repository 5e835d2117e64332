package org.xuncha.platform.inbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.hibernate.Session;
import org.jboss.logging.Logger;
import org.xuncha.contract.EventEnvelope;
import org.xuncha.platform.operations.TransientFailures;
import org.xuncha.platform.problem.DomainException;

/**
 * The idempotent consumer: applies each event once, however often it is delivered.
 *
 * <p>The event id goes into {@code processed_event} in the same transaction that applies the
 * event; a replay finds the id there and changes nothing, and two deliveries racing each other are
 * serialized by the primary key. A batch of records (one poll) is applied in one transaction, its ids
 * recorded by one statement before the first is applied; if
 * anything in it fails, its records are applied again one by one, so one bad record costs only
 * itself. A record that cannot be read, or that the domain refuses, or that keeps failing, goes to
 * the dead-letter topic with the reason, and the partition goes on. Failures that pass (the
 * database unreachable, a lock timeout) are retried for as long as they last, and while the
 * service is stopping a record is left unacknowledged, to be delivered again after the restart.
 */
@ApplicationScoped
public class EventConsumer {

    private static final Logger LOG = Logger.getLogger(EventConsumer.class);
    private static final Duration PURGE_EVERY = Duration.ofHours(1);
    private static final long LONGEST_PAUSE_MILLIS = 5_000;

    private final EventReader reader;
    private final DeadLetters deadLetters;
    private final EntityManager entityManager;
    private final Clock clock;
    private final ConsumerConfig config;
    private final EventTelemetry telemetry;
    private final Map<String, EventHandler<?>> handlers = new HashMap<>();
    private volatile boolean stopping;
    private volatile Instant lastPurge = Instant.EPOCH;

    public EventConsumer(EventReader reader, DeadLetters deadLetters, EntityManager entityManager, Clock clock,
            ConsumerConfig config, EventTelemetry telemetry, @Any Instance<EventHandler<?>> handlers) {
        this.reader = reader;
        this.deadLetters = deadLetters;
        this.entityManager = entityManager;
        this.clock = clock;
        this.config = config;
        this.telemetry = telemetry;
        for (EventHandler<?> handler : handlers) {
            EventHandler<?> previous = this.handlers.put(handler.type().toString(), handler);
            if (previous != null) {
                throw new IllegalStateException("Two handlers for " + handler.type());
            }
        }
    }

    void stopping(@Observes ShutdownEvent event) {
        stopping = true;
    }

    /**
     * Applies one poll's records, in their order; moves those that cannot be applied to
     * {@code deadLetterTopic}. Returns only when every record is applied or moved aside.
     */
    public void consume(ConsumerRecords<String, String> records, String deadLetterTopic) {
        List<Delivery> deliveries = new ArrayList<>();
        for (ConsumerRecord<String, String> record : records) {
            try {
                EventEnvelope<?> event = reader.read(record.value());
                EventHandler<?> handler = handlers.get(event.type() + " v" + event.version());
                if (handler == null) {
                    LOG.debugf("No handler for %s; event %s skipped", event.type(), event.eventId());
                } else if (!handler.type().travelsOn(record.topic())) {
                    // A topic's writers are who its access control admits: an event is believed only on its own topic.
                    deadLetters.send(record, deadLetterTopic, handler.type() + " does not travel on " + record.topic());
                } else {
                    deliveries.add(new Delivery(record, event, handler));
                }
            } catch (UnreadableEvent unreadable) {
                deadLetters.send(record, deadLetterTopic, unreadable.getMessage());
            }
        }
        if (deliveries.isEmpty()) {
            return;
        }
        try {
            QuarkusTransaction.requiringNew().run(() -> applyFirsts(deliveries));
        } catch (RuntimeException batchFailed) {
            LOG.debugf("A batch of %d events failed (%s); applying them one by one", deliveries.size(),
                    batchFailed.getMessage());
            for (Delivery delivery : deliveries) {
                applyAlone(delivery, deadLetterTopic);
            }
        }
        purgeIfDue();
    }

    private void applyAlone(Delivery delivery, String deadLetterTopic) {
        long pause = config.backoff().toMillis();
        for (int attempt = 1; ; attempt++) {
            try {
                QuarkusTransaction.requiringNew().run(() -> applyFirsts(List.of(delivery)));
                return;
            } catch (DomainException refused) {
                deadLetters.send(delivery.record(), deadLetterTopic, "Refused by the domain: " + refused.getMessage());
                return;
            } catch (RuntimeException failure) {
                if (stopping) {
                    holdUntilStopped(delivery, failure);
                }
                if (!TransientFailures.passes(failure) && attempt >= config.attempts()) {
                    deadLetters.send(delivery.record(), deadLetterTopic, "Failed " + attempt + " times: " + rootMessage(failure));
                    return;
                }
                LOG.warnf("Applying %s %s failed (attempt %d): %s", delivery.event().type(), delivery.event().eventId(),
                        attempt, rootMessage(failure));
                pause(pause);
                pause = Math.min(pause * 2, LONGEST_PAUSE_MILLIS);
            }
        }
    }

    /**
     * Records the deliveries' event ids, in one statement, and applies those recorded now, in order;
     * an id recorded before (a replay), or twice in the batch, is applied once.
     */
    private void applyFirsts(List<Delivery> deliveries) {
        Set<UUID> first = record(deliveries);
        for (Delivery delivery : deliveries) {
            if (first.remove(delivery.event().eventId())) {
                apply(delivery);
            } else {
                LOG.debugf("Event %s was already applied; replay ignored", delivery.event().eventId());
            }
        }
    }

    /** Inserts the events' ids into {@code processed_event}; returns those that were not there yet. */
    private Set<UUID> record(List<Delivery> deliveries) {
        UUID[] ids = new UUID[deliveries.size()];
        String[] types = new String[deliveries.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = deliveries.get(i).event().eventId();
            types[i] = deliveries.get(i).event().type();
        }
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            Set<UUID> inserted = new HashSet<>();
            Array idArray = connection.createArrayOf("uuid", ids);
            Array typeArray = connection.createArrayOf("text", types);
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into processed_event (event_id, event_type, processed_at)
                    select event_id, event_type, ? from unnest(?, ?) as delivered (event_id, event_type)
                    on conflict do nothing returning event_id""")) {
                insert.setObject(1, OffsetDateTime.now(clock));
                insert.setArray(2, idArray);
                insert.setArray(3, typeArray);
                try (ResultSet rows = insert.executeQuery()) {
                    while (rows.next()) {
                        inserted.add(rows.getObject(1, UUID.class));
                    }
                }
            } finally {
                idArray.free();
                typeArray.free();
            }
            return inserted;
        });
    }

    @SuppressWarnings("unchecked")
    private <P> void apply(Delivery delivery) {
        telemetry.apply(delivery.record(), delivery.event(),
                () -> ((EventHandler<P>) delivery.handler()).apply((EventEnvelope<P>) delivery.event(),
                        delivery.record().topic()));
        // Each event's rows are written now and forgotten: a batch's persistence context stays the
        // size of one event, instead of every query dirty-checking all the events before it.
        entityManager.flush();
        entityManager.clear();
    }

    /**
     * Keeps the record of applied events as long as a replay can come: longer than the topics
     * keep their records.
     */
    private void purgeIfDue() {
        Instant now = clock.instant();
        if (Duration.between(lastPurge, now).compareTo(PURGE_EVERY) < 0) {
            return;
        }
        lastPurge = now;
        int purged = QuarkusTransaction.requiringNew().call(() -> entityManager
                .createNativeQuery("delete from processed_event where processed_at < :cutoff")
                .setParameter("cutoff", OffsetDateTime.now(clock).minus(config.retention()))
                .executeUpdate());
        if (purged > 0) {
            LOG.debugf("Forgot %d applied event ids older than %s", purged, config.retention());
        }
    }

    /**
     * While the service stops, the database goes away under the consumer: the record must not be
     * moved aside for that. It is held unacknowledged, so it is delivered again after the restart.
     */
    private void holdUntilStopped(Delivery delivery, RuntimeException failure) {
        LOG.infof("Stopping: event %s is left to be delivered again (%s)", delivery.event().eventId(),
                rootMessage(failure));
        pause(Duration.ofMinutes(1).toMillis());
        throw new IllegalStateException("Stopped while applying event " + delivery.event().eventId(), failure);
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting to retry", interrupted);
        }
    }

    /** A record read into an event and the handler that applies it. */
    private record Delivery(ConsumerRecord<String, String> record, EventEnvelope<?> event, EventHandler<?> handler) {
    }
}
