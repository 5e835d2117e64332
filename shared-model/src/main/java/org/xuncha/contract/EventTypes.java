package org.xuncha.contract;

import java.util.List;
import java.util.Optional;
import org.xuncha.contract.round.FeedbackIssued;

/** Every event type the services exchange. */
public final class EventTypes {

    public static final EventType<FeedbackIssued> FEEDBACK_ISSUED =
            new EventType<>("FeedbackIssued", 1, FeedbackIssued.class, Topics.ROUND_EVENTS);

    private static final List<EventType<?>> ALL = List.of(FEEDBACK_ISSUED);

    private EventTypes() {
    }

    public static List<EventType<?>> all() {
        return ALL;
    }

    public static Optional<EventType<?>> find(String name, int version) {
        return ALL.stream().filter(type -> type.matches(name, version)).findFirst();
    }
}
