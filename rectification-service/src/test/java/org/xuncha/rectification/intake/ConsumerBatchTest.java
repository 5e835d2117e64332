package org.xuncha.rectification.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.xuncha.contract.EventEnvelope;
import org.xuncha.contract.Topics;
import org.xuncha.contract.round.FeedbackIssued;
import org.xuncha.testing.SampleEvents;

/**
 * A backlog on one partition is applied in transactions of at most 25 events (a poll is at most
 * {@code max.poll.records}, README "Recovery"): after a restart or a take-over no transaction
 * applies hundreds and runs, on a loaded machine, into the transaction timeout.
 */
@QuarkusTest
class ConsumerBatchTest {

    private static final int BACKLOG = 120;
    private static final int LONGEST_TRANSACTION = 25;

    private final ObjectMapper json;
    private final EntityManager entityManager;
    private final String bootstrapServers;

    ConsumerBatchTest(ObjectMapper json, EntityManager entityManager,
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this.json = json;
        this.entityManager = entityManager;
        this.bootstrapServers = bootstrapServers;
    }

    @Test
    void aBacklogIsAppliedInTransactionsOfAtMostTwentyFiveEvents() throws Exception {
        String onePartition = UUID.randomUUID().toString();
        List<String> eventIds = new ArrayList<>();
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        // sent at once, not one acknowledged record after another, so that they wait for the consumer as a backlog
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config, new StringSerializer(),
                new StringSerializer())) {
            for (int i = 0; i < BACKLOG; i++) {
                EventEnvelope<FeedbackIssued> feedback = SampleEvents.feedbackIssued(1, "pl-" + UUID.randomUUID(), "lic-1");
                producer.send(new ProducerRecord<>(Topics.ROUND_EVENTS, onePartition, json.writeValueAsString(feedback)));
                eventIds.add(feedback.eventId().toString());
            }
        }

        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(250))
                .until(() -> perTransaction(eventIds).stream().mapToLong(Long::longValue).sum() == BACKLOG);
        assertThat(perTransaction(eventIds)).as("events applied per transaction").allMatch(n -> n <= LONGEST_TRANSACTION);
    }

    /** How many of these events each transaction that applied them applied (xmin of their processed_event rows). */
    private List<Long> perTransaction(List<String> eventIds) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery("""
                        select count(*) from processed_event where cast(event_id as text) in (:ids)
                         group by cast(xmin as text)""", Long.class)
                .setParameter("ids", eventIds)
                .getResultList());
    }
}
