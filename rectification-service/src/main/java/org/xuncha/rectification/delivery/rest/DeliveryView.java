package org.xuncha.rectification.delivery.rest;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.xuncha.rectification.delivery.Delivery;
import org.xuncha.rectification.delivery.DeliveryMethod;
import org.xuncha.rectification.delivery.Recipient;

@Schema(name = "Delivery", description = "A delivery of the feedback: to whom, who received it, when and how")
public record DeliveryView(Recipient recipient, @Schema(example = "王建国") String receivedBy, OffsetDateTime deliveredAt,
        DeliveryMethod method, String note, String recordedBy, OffsetDateTime recordedAt) {

    public static DeliveryView of(Delivery delivery) {
        return new DeliveryView(delivery.recipient(), delivery.receivedBy(), delivery.deliveredAt(), delivery.method(),
                delivery.note(), delivery.recordedBy(), delivery.recordedAt());
    }
}
