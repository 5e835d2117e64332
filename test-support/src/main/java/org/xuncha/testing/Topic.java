package org.xuncha.testing;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Reads and writes a topic of the real test broker, as a test's own client. */
public final class Topic {

    private final String bootstrapServers;
    private final String name;

    private Topic(String bootstrapServers, String name) {
        this.bootstrapServers = bootstrapServers;
        this.name = name;
    }

    public static Topic on(String bootstrapServers, String name) {
        return new Topic(bootstrapServers, name);
    }

    /** A record as a test sees it: key, value and headers as strings. */
    public record Message(String key, String value, Map<String, String> headers) {
    }

    /** Sends one raw record and waits until the broker has it. */
    public void send(String key, String value) {
        send(key, value, Map.of());
    }

    /** Sends one raw record with headers and waits until the broker has it. */
    public void send(String key, String value, Map<String, String> headers) {
        Properties settings = new Properties();
        settings.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        settings.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, String> producer =
                new KafkaProducer<>(settings, new StringSerializer(), new StringSerializer())) {
            ProducerRecord<String, String> record = new ProducerRecord<>(name, key, value);
            headers.forEach((header, text) -> record.headers().add(header, text.getBytes(StandardCharsets.UTF_8)));
            producer.send(record).get(30, TimeUnit.SECONDS);
        } catch (InterruptedException | ExecutionException | TimeoutException failed) {
            throw new IllegalStateException("Cannot send to " + name, failed);
        }
    }

    /**
     * Reads the topic from its beginning until a record matching {@code wanted} arrives or
     * {@code timeout} passes; returns every matching record read by then.
     */
    public List<Message> await(Predicate<Message> wanted, Duration timeout) {
        return read(wanted, timeout, matching -> !matching.isEmpty());
    }

    /** Every record matching {@code wanted} that is on the topic or arrives within {@code window}; may be none. */
    public List<Message> collect(Predicate<Message> wanted, Duration window) {
        return read(wanted, window, matching -> false);
    }

    /**
     * Reads the topic from its beginning until the matching records read so far are {@code enough} or
     * {@code timeout} passes; returns every matching record read by then.
     */
    public List<Message> collectUntil(Predicate<Message> wanted, Predicate<List<Message>> enough, Duration timeout) {
        return read(wanted, timeout, enough);
    }

    /**
     * Reads every partition of the topic from its beginning, assigned rather than subscribed: no consumer
     * group, so no join and rebalance before the first record (seconds on a busy broker).
     */
    private List<Message> read(Predicate<Message> wanted, Duration window, Predicate<List<Message>> enough) {
        Properties settings = new Properties();
        settings.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        settings.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        settings.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        List<Message> matching = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer =
                new KafkaConsumer<>(settings, new StringDeserializer(), new StringDeserializer())) {
            long deadline = System.nanoTime() + window.toNanos();
            consumer.assign(partitions(consumer, deadline));
            while (System.nanoTime() < deadline && !enough.test(matching)) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    Message message = new Message(record.key(), record.value(), headers(record));
                    if (wanted.test(message)) {
                        matching.add(message);
                    }
                }
            }
        }
        return matching;
    }

    /** The topic's partitions; asking creates the topic when the broker has none yet (as the services' writes would). */
    private List<TopicPartition> partitions(KafkaConsumer<String, String> consumer, long deadline) {
        do {
            List<PartitionInfo> partitions = consumer.partitionsFor(name, Duration.ofSeconds(10));
            if (!partitions.isEmpty()) {
                return partitions.stream().map(partition -> new TopicPartition(name, partition.partition())).toList();
            }
        } while (System.nanoTime() < deadline);
        return List.of();
    }

    private static Map<String, String> headers(ConsumerRecord<String, String> record) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (Header header : record.headers()) {
            headers.put(header.key(), header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8));
        }
        return headers;
    }
}
