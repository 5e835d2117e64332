package org.xuncha.contract;

import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

/**
 * What every event on every topic looks like.
 *
 * @param eventId unique per event; consumers record it to make a replay change nothing
 * @param type the event type's name, e.g. {@code FeedbackIssued}
 * @param version the payload's schema version
 * @param occurredAt when the state change that caused the event was committed
 * @param organizationId the organization the event is about; also the Kafka record key, so that
 *     one organization's events stay in order, except for the events addressed to a receiving body,
 *     which are keyed by what they follow (a lead, a case, a request) so that its events stay in order
 * @param payload the event itself
 */
public record EventEnvelope<P>(
        UUID eventId, String type, int version, OffsetDateTime occurredAt, String organizationId, P payload) {

    public EventEnvelope {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(payload, "payload");
    }

    public static <P> EventEnvelope<P> of(EventType<P> type, String organizationId, OffsetDateTime occurredAt, P payload) {
        return new EventEnvelope<>(UUID.randomUUID(), type.name(), type.version(), occurredAt, organizationId, payload);
    }
}
