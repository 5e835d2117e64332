package org.xuncha.platform.inbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import org.xuncha.contract.EventEnvelope;
import org.xuncha.contract.EventType;
import org.xuncha.contract.EventTypes;

/** Reads a Kafka record's value into an envelope whose payload has its contract class. */
@ApplicationScoped
public class EventReader {

    private static final TypeReference<EventEnvelope<JsonNode>> RAW = new TypeReference<>() {
    };

    private final ObjectMapper json;

    public EventReader(ObjectMapper json) {
        this.json = json;
    }

    public EventEnvelope<?> read(String value) {
        if (value == null || value.isBlank()) {
            throw new UnreadableEvent("The record has no value");
        }
        EventEnvelope<JsonNode> raw;
        try {
            raw = json.readValue(value, RAW);
        } catch (JsonProcessingException | RuntimeException unparseable) {
            throw new UnreadableEvent("The record is not an event envelope: " + firstLine(unparseable), unparseable);
        }
        EventType<?> type = EventTypes.find(raw.type(), raw.version()).orElseThrow(() ->
                new UnreadableEvent("Unknown event type " + raw.type() + " v" + raw.version()));
        return withPayload(raw, type);
    }

    private <P> EventEnvelope<P> withPayload(EventEnvelope<JsonNode> raw, EventType<P> type) {
        try {
            P payload = json.treeToValue(raw.payload(), type.payloadClass());
            return new EventEnvelope<>(raw.eventId(), raw.type(), raw.version(), raw.occurredAt(),
                    raw.organizationId(), payload);
        } catch (JsonProcessingException | RuntimeException unparseable) {
            throw new UnreadableEvent("The payload is not a valid " + type + ": " + firstLine(unparseable), unparseable);
        }
    }

    private static String firstLine(Exception failure) {
        String message = String.valueOf(failure.getMessage());
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
