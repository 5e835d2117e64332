package org.xuncha.platform.outbox;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.ZoneId;
import org.apache.kafka.common.header.Headers;
import org.xuncha.contract.EventType;

/**
 * The CloudEvents attributes of a record in binary content mode (CloudEvents Kafka protocol binding
 * 1.0): {@code ce_specversion}, {@code ce_id}, {@code ce_source}, {@code ce_type}, {@code ce_time},
 * {@code ce_subject} and {@code content-type} as headers; the record's value, the project's envelope,
 * is the event data. Written beside the project's own {@code event-id} and {@code event-type}.
 */
final class CloudEventHeaders {

    static final String CONTENT_TYPE = "application/json";

    private CloudEventHeaders() {
    }

    /**
     * @param time when the event occurred, as the outbox row holds it
     * @param subject what the event is about: the record key (an organization, a lead, a case)
     */
    static void add(Headers headers, String source, String eventId, String type, int version, Object time,
            ZoneId zone, String subject) {
        put(headers, "ce_specversion", "1.0");
        put(headers, "ce_id", eventId);
        put(headers, "ce_source", source);
        put(headers, "ce_type", EventType.cloudEventType(type, version));
        put(headers, "ce_time", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(offsetDateTime(time).atZoneSameInstant(zone).toOffsetDateTime()));
        if (subject != null) {
            put(headers, "ce_subject", subject);
        }
        put(headers, "content-type", CONTENT_TYPE);
    }

    private static OffsetDateTime offsetDateTime(Object time) {
        if (time instanceof OffsetDateTime offset) {
            return offset;
        }
        if (time instanceof java.time.Instant instant) {
            return instant.atOffset(ZoneOffset.UTC);
        }
        if (time instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant().atOffset(ZoneOffset.UTC);
        }
        return OffsetDateTime.parse(time.toString());
    }

    private static void put(Headers headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
