package org.xuncha.platform.outbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.xuncha.platform.operations.KafkaClientMeters;
import org.xuncha.platform.operations.TraceParent;

/**
 * Publishes committed outbox rows to Kafka, oldest first, and marks them published.
 *
 * <p>One thread per instance; a transaction-scoped advisory lock lets only one instance of a
 * service publish at a time, which keeps each organization's events in commit order. The
 * producer is idempotent and waits for all in-sync replicas, and a row is marked only after the
 * broker acknowledged it: a crash between the two publishes the row again, which consumers
 * tolerate because they record event ids. While the broker is down, rows wait and the relay
 * retries; requests that write them are unaffected.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /** The advisory lock whose holder relays (pg_locks shows which session holds it). */
    public static final long RELAY_LOCK = 0x78756e636861L;
    private static final Duration PURGE_EVERY = Duration.ofHours(1);

    private final OutboxConfig config;
    private final EntityManager entityManager;
    private final Clock clock;
    private final String bootstrapServers;
    private final KafkaClientMeters clientMeters;

    private volatile boolean running;
    private volatile Thread worker;
    private Producer<String, String> producer;
    private AutoCloseable producerMeters;
    private Instant lastPurge = Instant.EPOCH;
    private boolean failing;

    public OutboxRelay(OutboxConfig config, EntityManager entityManager, Clock clock,
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers, KafkaClientMeters clientMeters) {
        this.config = config;
        this.entityManager = entityManager;
        this.clock = clock;
        this.bootstrapServers = bootstrapServers;
        this.clientMeters = clientMeters;
    }

    void start(@Observes StartupEvent started) {
        if (!config.relayEnabled()) {
            LOG.info("Outbox relay is disabled on this instance");
            return;
        }
        producer = new KafkaProducer<>(producerSettings(), new StringSerializer(), new StringSerializer());
        producerMeters = clientMeters.bind(producer);
        running = true;
        worker = new Thread(this::relayUntilStopped, "outbox-relay");
        worker.setDaemon(true);
        worker.start();
    }

    void stop(@Observes ShutdownEvent stopping) {
        running = false;
        Thread thread = worker;
        if (thread != null) {
            LockSupport.unpark(thread);
            try {
                thread.join(config.sendTimeout().toMillis() + 1_000);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }
        if (producer != null) {
            closeQuietly(producerMeters);
            producer.close(Duration.ofSeconds(5));
        }
    }

    /** Asks the relay to look for rows now, instead of at its next poll. */
    public void wake() {
        Thread thread = worker;
        if (thread != null) {
            LockSupport.unpark(thread);
        }
    }

    private void relayUntilStopped() {
        while (running) {
            try {
                int published = publishBatch();
                recovered();
                purgeIfDue();
                if (published < config.batchSize()) {
                    LockSupport.parkNanos(config.pollInterval().toNanos());
                }
            } catch (RuntimeException failure) {
                failed(failure);
                LockSupport.parkNanos(config.retryBackoff().toNanos());
            }
        }
    }

    /** Publishes one batch in one transaction; returns how many rows it published. */
    int publishBatch() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Boolean holder = (Boolean) entityManager.createNativeQuery("select pg_try_advisory_xact_lock(:lock)")
                    .setParameter("lock", RELAY_LOCK)
                    .getSingleResult();
            if (!holder) {
                return 0;
            }
            @SuppressWarnings("unchecked")
            List<Object[]> rows = entityManager.createNativeQuery("""
                            select id, event_id, event_type, topic, message_key, payload, event_version, created_at,
                                   traceparent
                            from outbox_message where published_at is null order by id limit :batch""")
                    .setParameter("batch", config.batchSize())
                    .getResultList();
            if (rows.isEmpty()) {
                return 0;
            }
            List<Future<RecordMetadata>> acknowledgements = new ArrayList<>(rows.size());
            List<Long> ids = new ArrayList<>(rows.size());
            for (Object[] row : rows) {
                ids.add(((Number) row[0]).longValue());
                ProducerRecord<String, String> message =
                        new ProducerRecord<>((String) row[3], (String) row[4], (String) row[5]);
                message.headers().add("event-id", row[1].toString().getBytes(StandardCharsets.UTF_8));
                message.headers().add("event-type", ((String) row[2]).getBytes(StandardCharsets.UTF_8));
                CloudEventHeaders.add(message.headers(), config.source(), row[1].toString(), (String) row[2],
                        ((Number) row[6]).intValue(), row[7], clock.getZone(), (String) row[4]);
                if (row[8] != null) {
                    message.headers().add(TraceParent.HEADER, ((String) row[8]).getBytes(StandardCharsets.UTF_8));
                }
                Future<RecordMetadata> acknowledgement = producer.send(message);
                if (acknowledgement.isDone()) {
                    acknowledgement.get(); // a send that failed at once (no broker) ends the batch here
                }
                acknowledgements.add(acknowledgement);
            }
            long deadline = System.nanoTime() + config.sendTimeout().toNanos();
            for (Future<RecordMetadata> acknowledgement : acknowledgements) {
                acknowledgement.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            }
            entityManager.createNativeQuery("update outbox_message set published_at = :now where id in (:ids)")
                    .setParameter("now", OffsetDateTime.now(clock))
                    .setParameter("ids", ids)
                    .executeUpdate();
            return rows.size();
        });
    }

    private void purgeIfDue() {
        Instant now = clock.instant();
        if (Duration.between(lastPurge, now).compareTo(PURGE_EVERY) < 0) {
            return;
        }
        lastPurge = now;
        int purged = QuarkusTransaction.requiringNew().call(() -> entityManager
                .createNativeQuery("delete from outbox_message where published_at < :cutoff")
                .setParameter("cutoff", OffsetDateTime.now(clock).minus(config.retention()))
                .executeUpdate());
        if (purged > 0) {
            LOG.debugf("Purged %d published outbox rows", purged);
        }
    }

    private void failed(RuntimeException failure) {
        if (!failing) {
            LOG.warnf("Outbox relay cannot publish (%s); rows wait and the relay retries", rootMessage(failure));
            failing = true;
        }
    }

    private void recovered() {
        if (failing) {
            LOG.info("Outbox relay publishes again");
            failing = false;
        }
    }

    private Map<String, Object> producerSettings() {
        String timeout = Long.toString(config.sendTimeout().toMillis());
        return Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.CLIENT_ID_CONFIG, "outbox-relay",
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true",
                ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, "5",
                ProducerConfig.MAX_BLOCK_MS_CONFIG, timeout,
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, timeout,
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, Long.toString(config.sendTimeout().toMillis() * 2),
                ProducerConfig.LINGER_MS_CONFIG, "0");
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception ignored) {
            // only the producer's meters: nothing to do about them while stopping
        }
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
