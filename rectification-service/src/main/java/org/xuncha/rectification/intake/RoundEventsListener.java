package org.xuncha.rectification.intake;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.xuncha.contract.Topics;
import org.xuncha.platform.inbox.EventConsumer;

/**
 * Round-service's events, a poll at a time, in order per partition (so per organization). Records that
 * cannot be read or applied are moved to {@value Topics#RECTIFICATION_DEAD_LETTER}.
 */
@ApplicationScoped
public class RoundEventsListener {

    private final EventConsumer consumer;

    public RoundEventsListener(EventConsumer consumer) {
        this.consumer = consumer;
    }

    @Incoming("round-events")
    @Blocking
    public void receive(ConsumerRecords<String, String> records) {
        consumer.consume(records, Topics.RECTIFICATION_DEAD_LETTER);
    }
}
