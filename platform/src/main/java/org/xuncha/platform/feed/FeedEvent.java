package org.xuncha.platform.feed;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An event of a feed: the envelope the Kafka record carries, and the record's key as {@code subject}. */
@Schema(name = "FeedEvent", description = "An event as the topic of the same name carries it: the envelope of the "
        + "record's value, with the record's key as `subject`. The payload of each type and version is described "
        + "by a JSON Schema in the service's AsyncAPI document (`asyncapi/asyncapi.yaml`).")
public record FeedEvent(
        @Schema(description = "Unique per event; the same as the Kafka record's `ce_id`. Record it to ignore a repeat")
        UUID eventId,
        @Schema(description = "The event type", example = "LeadTransferred") String type,
        @Schema(description = "The payload's schema version", example = "1") int version,
        @Schema(description = "When the change that caused the event was committed") OffsetDateTime occurredAt,
        @Schema(description = "The organization the event is about") String organizationId,
        @Schema(description = "What the event follows: the Kafka record key (a lead, a case, a request)")
        String subject,
        @Schema(type = SchemaType.OBJECT, description = "The event itself; its schema is the AsyncAPI document's for "
                + "this type and version") JsonNode payload) {
}
