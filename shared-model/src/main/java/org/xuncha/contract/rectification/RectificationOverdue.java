package org.xuncha.contract.rectification;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Something of a case passed its deadline: the sign-off, the plan, the report, or a ledger item.
 *
 * @param what SIGNOFF, PLAN, REPORT or ITEM
 * @param itemId the overdue item, for ITEM
 * @param findingId the overdue item's finding, for ITEM when it rectifies one
 */
public record RectificationOverdue(
        UUID caseId, UUID inspectionId, String what, UUID itemId, UUID findingId, OffsetDateTime dueAt,
        OffsetDateTime flaggedAt) {
}
