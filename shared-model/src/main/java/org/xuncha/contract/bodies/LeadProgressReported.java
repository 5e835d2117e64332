package org.xuncha.contract.bodies;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A quarterly report on a transferred lead (办理情况) was accepted: the body's receipt, on REST or
 * Kafka alike.
 *
 * @param reportId the report's id in round-service
 * @param reference the sender's own reference of the report
 * @param nextReportDueAt when the next report is due: a quarter after this one
 */
public record LeadProgressReported(
        UUID leadId, UUID reportId, String reference, String progress, OffsetDateTime receivedAt,
        OffsetDateTime nextReportDueAt) {
}
