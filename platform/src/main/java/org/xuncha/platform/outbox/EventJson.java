package org.xuncha.platform.outbox;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Singleton;
import org.xuncha.contract.EventEnvelope;

/**
 * Events are written whole, as their AsyncAPI schemas declare them: a property without a value is
 * written as {@code null}. (HTTP answers leave such a property out; events are a contract of their
 * own, read by other systems that expect every declared property.)
 */
@Singleton
public class EventJson {

    private final ObjectMapper json;

    public EventJson(ObjectMapper json) {
        this.json = json.copy().setSerializationInclusion(JsonInclude.Include.ALWAYS);
    }

    public String write(EventEnvelope<?> event) {
        try {
            return json.writeValueAsString(event);
        } catch (JsonProcessingException unserializable) {
            throw new IllegalStateException("Event " + event.type() + " cannot be serialized", unserializable);
        }
    }
}
