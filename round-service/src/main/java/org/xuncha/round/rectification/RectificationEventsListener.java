package org.xuncha.round.rectification;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.xuncha.platform.inbox.EventConsumer;

/**
 * Rectification-service's events, one at a time and in order per organization. A record that cannot
 * be read or applied is thrown back, and the channel's dead-letter strategy moves it aside.
 */
@ApplicationScoped
public class RectificationEventsListener {

    private final EventConsumer consumer;

    public RectificationEventsListener(EventConsumer consumer) {
        this.consumer = consumer;
    }

    @Incoming("rectification-events")
    @Blocking
    public void receive(String record) {
        consumer.consume(record);
    }
}
