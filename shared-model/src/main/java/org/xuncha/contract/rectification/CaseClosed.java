package org.xuncha.contract.rectification;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The rectification case is closed. round-service closes (archives) the inspection.
 *
 * @param itemsFedBack ledger items that rectify a finding fed back
 * @param itemsClosed of those, the items closed when the case closed
 */
public record CaseClosed(UUID caseId, UUID inspectionId, OffsetDateTime closedAt, int itemsFedBack, int itemsClosed) {
}
