package org.xuncha.platform.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.xuncha.platform.operations.ReadinessConfig;

/** The dead-letter path outlasts a broker outage, and marks every copy of a record alike. */
class DeadLettersTest {

    private final MockProducer<String, String> broker =
            new MockProducer<>(false, null, new StringSerializer(), new StringSerializer());
    private final DeadLetterWatch watch = new DeadLetterWatch(new SimpleMeterRegistry(), new ReadinessConfig() {
        @Override
        public Duration outboxStalledAfter() {
            return Duration.ofMinutes(5);
        }

        @Override
        public int deadLetterThreshold() {
            return 20;
        }

        @Override
        public Duration deadLetterWindow() {
            return Duration.ofMinutes(15);
        }
    }, Clock.systemUTC());
    private final DeadLetters deadLetters = new DeadLetters(watch, () -> broker);
    private final ConsumerRecord<String, String> poison =
            new ConsumerRecord<>("xuncha.round.events", 3, 41L, "organization-7", "not an event");

    @Test
    void aLetterWrittenWhileTheBrokerIsDownIsWrittenOnceItIsBack() throws Exception {
        CompletableFuture<Void> sending = CompletableFuture.runAsync(
                () -> deadLetters.send(poison, "xuncha.round.events.dead-letters", "unreadable"));

        failNextSend();
        failNextSend();
        assertThat(sending).isNotDone();
        completeNextSend();

        sending.get(10, TimeUnit.SECONDS);
        assertThat(watch.inWindow()).isEqualTo(1);
        assertThat(broker.history()).hasSize(3)
                .allSatisfy(copy -> assertThat(header(copy, "dead-letter-id")).isEqualTo("xuncha.round.events/3/41"));
    }

    @Test
    void everyCopyOfOneRecordCarriesTheSameIdSoThatReadersCanDropARepeat() throws Exception {
        for (int delivery = 0; delivery < 2; delivery++) {
            CompletableFuture<Void> sending = CompletableFuture.runAsync(
                    () -> deadLetters.send(poison, "xuncha.round.events.dead-letters", "unreadable"));
            completeNextSend();
            sending.get(10, TimeUnit.SECONDS);
        }

        assertThat(broker.history()).extracting(copy -> header(copy, "dead-letter-id"))
                .containsExactly("xuncha.round.events/3/41", "xuncha.round.events/3/41");
        assertThat(header(broker.history().get(0), "dead-letter-offset")).isEqualTo("41");
    }

    private void failNextSend() throws InterruptedException {
        awaitPendingSend();
        broker.errorNext(new TimeoutException("the broker is not reachable"));
    }

    private void completeNextSend() throws InterruptedException {
        awaitPendingSend();
        broker.completeNext();
    }

    private void awaitPendingSend() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (broker.history().size() <= completedOrFailed && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        completedOrFailed++;
    }

    private int completedOrFailed;

    private static String header(ProducerRecord<String, String> copy, String name) {
        return new String(copy.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
