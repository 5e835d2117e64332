package org.xuncha.platform.operations;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.producer.Producer;

/**
 * The Kafka client metrics ({@code kafka_producer_*}, tagged with the {@code client_id}) of the
 * producers the platform creates itself, beside those of the messaging connector's consumers.
 */
@ApplicationScoped
public class KafkaClientMeters {

    private final MeterRegistry registry;

    public KafkaClientMeters(MeterRegistry registry) {
        this.registry = registry;
    }

    /** Publishes the producer's metrics; closing the result removes them (before the producer closes). */
    public AutoCloseable bind(Producer<?, ?> producer) {
        KafkaClientMetrics metrics = new KafkaClientMetrics(producer);
        metrics.bindTo(registry);
        return metrics;
    }
}
