package org.xuncha.rectification.intake;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.xuncha.platform.inbox.EventConsumer;

/**
 * Round-service's events, one at a time and in order per organization. A record that cannot be
 * read or applied is thrown back, and the channel's dead-letter strategy moves it aside.
 */
@ApplicationScoped
public class RoundEventsListener {

    private final EventConsumer consumer;

    public RoundEventsListener(EventConsumer consumer) {
        this.consumer = consumer;
    }

    @Incoming("round-events")
    @Blocking
    public void receive(String record) {
        consumer.consume(record);
    }
}
