package org.xuncha.platform.inbox;

import org.xuncha.contract.EventEnvelope;
import org.xuncha.contract.EventType;

/**
 * Applies one type of event to this service's state. Runs inside the transaction that also records
 * the event id, so the event is applied at most once. Throwing refuses the event: it goes to the
 * dead-letter topic with the exception's message as the reason.
 */
public interface EventHandler<P> {

    EventType<P> type();

    void apply(EventEnvelope<P> event);

    /**
     * Applies an event read from {@code topic}, one of those its type travels on. Handlers of a type
     * that travels on several topics (one per sender) override this: the topic says who sent it.
     */
    default void apply(EventEnvelope<P> event, String topic) {
        apply(event);
    }
}
