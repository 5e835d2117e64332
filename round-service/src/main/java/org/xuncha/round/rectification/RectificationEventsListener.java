package org.xuncha.round.rectification;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.xuncha.contract.Topics;
import org.xuncha.platform.inbox.EventConsumer;

/**
 * Rectification-service's events, a poll at a time, in order per partition (so per organization). Records that
 * cannot be read or applied are moved to {@value Topics#ROUND_DEAD_LETTER}.
 */
@ApplicationScoped
public class RectificationEventsListener {

    private final EventConsumer consumer;

    public RectificationEventsListener(EventConsumer consumer) {
        this.consumer = consumer;
    }

    @Incoming("rectification-events")
    @Blocking
    public void receive(ConsumerRecords<String, String> records) {
        consumer.consume(records, Topics.ROUND_DEAD_LETTER);
    }
}
