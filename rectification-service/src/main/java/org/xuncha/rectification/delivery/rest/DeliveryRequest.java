package org.xuncha.rectification.delivery.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.xuncha.rectification.delivery.Deliveries;
import org.xuncha.rectification.delivery.DeliveryMethod;
import org.xuncha.rectification.delivery.Recipient;

@Schema(name = "DeliveryRequest", description = "One delivery of the feedback (双反馈)")
public record DeliveryRequest(
        @NotNull @Schema(example = "PRINCIPAL_LEADER") Recipient recipient,
        @NotBlank @Size(max = 100) @Schema(description = "The person who received it", example = "王建国") String receivedBy,
        @NotNull @Schema(example = "2026-03-20T15:30:00+08:00") OffsetDateTime deliveredAt,
        @NotNull @Schema(example = "MEETING") DeliveryMethod method,
        @Size(max = 2000) @Schema(example = "巡察反馈会议，区委常委出席") String note) {

    public Deliveries.DeliveryRecord toRecord() {
        return new Deliveries.DeliveryRecord(recipient, receivedBy, deliveredAt, method, note);
    }
}
