package org.xuncha.contract.rectification;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The rectification case is closed. round-service closes (archives) the inspection.
 *
 * @param itemsFedBack ledger items that rectify a finding fed back
 * @param itemsClosed of those, the items closed when the case closed
 * @param historical {@code true} when this was entered from a historical ledger import into the case of an earlier
 *     round (rectification-service's POST /imports/ledgers); {@code null} for a live case (optional, added in v1)
 */
public record CaseClosed(UUID caseId, UUID inspectionId, OffsetDateTime closedAt, int itemsFedBack, int itemsClosed,
        Boolean historical) {

    /** A live case's closing. */
    public CaseClosed(UUID caseId, UUID inspectionId, OffsetDateTime closedAt, int itemsFedBack, int itemsClosed) {
        this(caseId, inspectionId, closedAt, itemsFedBack, itemsClosed, null);
    }
}
