package org.xuncha.platform.inbox;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import java.util.function.Supplier;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.xuncha.platform.operations.KafkaClientMeters;

/**
 * Moves a record that cannot be read or applied to a dead-letter topic, as it came (key, value,
 * headers), with the reason and where it came from in headers: {@code dead-letter-reason},
 * {@code dead-letter-topic}, {@code dead-letter-partition}, {@code dead-letter-offset}. The record
 * is acknowledged only once the broker has the copy.
 *
 * <p>While the broker is away the copy is tried again, with a growing pause up to five seconds,
 * for as long as the outage lasts: the consumer waits instead of failing, and goes on by itself
 * when the broker is back. A copy that reached the broker may be written again if the consumer's
 * offset commit was lost in a rebalance; every copy of one record carries the same
 * {@code dead-letter-id} ({@code topic/partition/offset}), by which a reader drops a repeat.
 */
@ApplicationScoped
public class DeadLetters {

    private static final Logger LOG = Logger.getLogger(DeadLetters.class);

    private static final long LONGEST_PAUSE_MILLIS = 5_000;

    private final DeadLetterWatch watch;
    private final Supplier<Producer<String, String>> producers;
    private volatile Producer<String, String> producer;
    private volatile boolean stopping;
    private volatile AutoCloseable producerMeters;

    @Inject
    public DeadLetters(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers, DeadLetterWatch watch,
            KafkaClientMeters clientMeters) {
        this.watch = watch;
        this.producers = () -> {
            KafkaProducer<String, String> created = new KafkaProducer<>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                    ProducerConfig.CLIENT_ID_CONFIG, "dead-letters",
                    ProducerConfig.ACKS_CONFIG, "all",
                    ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true",
                    // one attempt gives up within ten seconds, so that stopping is noticed between attempts
                    ProducerConfig.MAX_BLOCK_MS_CONFIG, "5000",
                    ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, "5000",
                    ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "10000"),
                    new StringSerializer(), new StringSerializer());
            producerMeters = clientMeters.bind(created);
            return created;
        };
    }

    DeadLetters(DeadLetterWatch watch, Supplier<Producer<String, String>> producers) {
        this.watch = watch;
        this.producers = producers;
    }

    public void send(ConsumerRecord<String, String> record, String deadLetterTopic, String reason) {
        ProducerRecord<String, String> copy = new ProducerRecord<>(deadLetterTopic, record.key(), record.value());
        record.headers().forEach(header -> copy.headers().add(header));
        copy.headers()
                .add("dead-letter-reason", bytes(reason))
                .add("dead-letter-topic", bytes(record.topic()))
                .add("dead-letter-partition", bytes(Integer.toString(record.partition())))
                .add("dead-letter-offset", bytes(Long.toString(record.offset())))
                .add("dead-letter-id", bytes(idOf(record)));
        long pause = 200;
        for (int attempt = 1; ; attempt++) {
            try {
                producer().send(copy).get(30, TimeUnit.SECONDS);
                break;
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while moving a record to " + deadLetterTopic, interrupted);
            } catch (ExecutionException | TimeoutException | KafkaException failed) {
                if (stopping) {
                    // left unacknowledged: delivered again, and moved aside, after the restart
                    throw new IllegalStateException("Stopping before the broker took the copy for " + deadLetterTopic, failed);
                }
                LOG.warnf("The broker did not take %s's copy for %s (attempt %d, next in %d ms): %s", idOf(record),
                        deadLetterTopic, attempt, pause, failed.getMessage());
                pause(pause);
                pause = Math.min(pause * 2, LONGEST_PAUSE_MILLIS);
            }
        }
        watch.written(deadLetterTopic);
        LOG.warnf("Record %s-%d@%d moved to %s: %s", record.topic(), record.partition(), record.offset(),
                deadLetterTopic, reason);
    }

    void close(@Observes ShutdownEvent event) {
        stopping = true;
        if (producerMeters != null) {
            try {
                producerMeters.close();
            } catch (Exception ignored) {
                // only the producer's meters: nothing to do about them while stopping
            }
        }
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
        }
    }

    /** The same for every copy of one record: where it was read. */
    static String idOf(ConsumerRecord<?, ?> record) {
        return record.topic() + "/" + record.partition() + "/" + record.offset();
    }

    private Producer<String, String> producer() {
        if (producer == null) {
            synchronized (this) {
                if (producer == null) {
                    producer = producers.get();
                }
            }
        }
        return producer;
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the broker", interrupted);
        }
    }

    private static byte[] bytes(String text) {
        return String.valueOf(text).getBytes(StandardCharsets.UTF_8);
    }
}
