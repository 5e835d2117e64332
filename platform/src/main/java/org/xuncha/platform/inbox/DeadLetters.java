package org.xuncha.platform.inbox;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.xuncha.platform.operations.KafkaClientMeters;

/**
 * Moves a record that cannot be read or applied to a dead-letter topic, as it came (key, value,
 * headers), with the reason and where it came from in headers: {@code dead-letter-reason},
 * {@code dead-letter-topic}, {@code dead-letter-partition}, {@code dead-letter-offset}. The record
 * is acknowledged only once the broker has the copy.
 */
@ApplicationScoped
public class DeadLetters {

    private static final Logger LOG = Logger.getLogger(DeadLetters.class);

    private final String bootstrapServers;
    private final DeadLetterWatch watch;
    private final KafkaClientMeters clientMeters;
    private volatile KafkaProducer<String, String> producer;
    private AutoCloseable producerMeters;

    public DeadLetters(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers, DeadLetterWatch watch,
            KafkaClientMeters clientMeters) {
        this.bootstrapServers = bootstrapServers;
        this.watch = watch;
        this.clientMeters = clientMeters;
    }

    public void send(ConsumerRecord<String, String> record, String deadLetterTopic, String reason) {
        ProducerRecord<String, String> copy = new ProducerRecord<>(deadLetterTopic, record.key(), record.value());
        record.headers().forEach(header -> copy.headers().add(header));
        copy.headers()
                .add("dead-letter-reason", bytes(reason))
                .add("dead-letter-topic", bytes(record.topic()))
                .add("dead-letter-partition", bytes(Integer.toString(record.partition())))
                .add("dead-letter-offset", bytes(Long.toString(record.offset())));
        try {
            producer().send(copy).get(30, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while moving a record to " + deadLetterTopic, interrupted);
        } catch (ExecutionException | TimeoutException failed) {
            throw new IllegalStateException("Cannot move a record to " + deadLetterTopic, failed);
        }
        watch.written(deadLetterTopic);
        LOG.warnf("Record %s-%d@%d moved to %s: %s", record.topic(), record.partition(), record.offset(),
                deadLetterTopic, reason);
    }

    void close(@Observes ShutdownEvent stopping) {
        if (producer != null) {
            try {
                producerMeters.close();
            } catch (Exception ignored) {
                // only the producer's meters: nothing to do about them while stopping
            }
            producer.close(Duration.ofSeconds(5));
        }
    }

    private KafkaProducer<String, String> producer() {
        if (producer == null) {
            synchronized (this) {
                if (producer == null) {
                    producer = new KafkaProducer<>(Map.of(
                            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                            ProducerConfig.CLIENT_ID_CONFIG, "dead-letters",
                            ProducerConfig.ACKS_CONFIG, "all",
                            ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true"),
                            new StringSerializer(), new StringSerializer());
                    producerMeters = clientMeters.bind(producer);
                }
            }
        }
        return producer;
    }

    private static byte[] bytes(String text) {
        return String.valueOf(text).getBytes(StandardCharsets.UTF_8);
    }
}
