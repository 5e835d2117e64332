package org.xuncha.rectification.notification.rest;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.xuncha.rectification.notification.Notification;
import org.xuncha.rectification.notification.NotifiedBody;

@Schema(name = "Notification", description = "The notification of a feedback to a supervising body (一通报)")
public record NotificationView(
        UUID id, UUID caseId, @Schema(example = "城关镇党委") String organizationName,
        @Schema(example = "第10轮") String roundTitle, NotifiedBody recipient,
        @Schema(example = "县纪委监委第三监督检查室") String recipientName, OffsetDateTime sentAt,
        @Schema(description = "Absent until the body acknowledges it") OffsetDateTime acknowledgedAt,
        String acknowledgedBy) {

    public static NotificationView of(Notification notification) {
        return new NotificationView(notification.id(), notification.rectificationCase().id(),
                notification.rectificationCase().organizationName(), notification.rectificationCase().roundTitle(),
                notification.recipient(), notification.recipientName(), notification.sentAt(),
                notification.acknowledgedAt(), notification.acknowledgedBy());
    }
}
