package org.xuncha.contract.rectification;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A follow-up (回访, 回头看) or supervision reopened a closed ledger item. round-service moves the
 * item's finding to REOPENED.
 *
 * @param findingId the finding the item rectifies; {@code null} for items the office added
 */
public record LedgerItemReopened(
        UUID caseId, UUID inspectionId, UUID itemId, UUID findingId, OffsetDateTime reopenedAt, String reason) {
}
