package org.xuncha.contract.bodies;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Something the body sent was refused, not applied; the office sees the same refusal in its list.
 * Tells a sender on Kafka what a REST sender reads in the problem it gets.
 *
 * @param reference the sender's own reference of what it sent
 * @param report LEAD_PROGRESS, LEAD_DISPOSITION or CASE_OPENED
 * @param leadId the lead the report named, or {@code null}
 * @param reason UNKNOWN_LEAD, LEAD_SETTLED, CONTRADICTS_SETTLED_RESULT, ALREADY_SETTLED,
 *     REFERENCE_REUSED, UNKNOWN_ORGANIZATION, NOT_UNDER_INSPECTION or INVALID
 */
public record ReportRefused(
        UUID refusalId, String reference, String report, UUID leadId, String reason, String detail,
        OffsetDateTime refusedAt) {
}
