package org.xuncha.contract.rectification;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The office verified and closed a ledger item (对账销号). round-service moves the item's finding to
 * RECTIFIED and counts what the rectification achieved.
 *
 * @param findingId the finding the item rectifies; {@code null} for items the office added
 * @param moneyRecovered yuan recovered by this item, or zero
 * @param rulesEstablished rules and systems established or revised (建章立制)
 * @param personsHeldAccountable persons held accountable (追责问责)
 * @param historical {@code true} when this was entered from a historical ledger import into the case of an earlier
 *     round (rectification-service's POST /imports/ledgers); {@code null} for a live case (optional, added in v1)
 */
public record LedgerItemClosed(
        UUID caseId, UUID inspectionId, UUID itemId, UUID findingId, OffsetDateTime closedAt,
        BigDecimal moneyRecovered, int rulesEstablished, int personsHeldAccountable, Boolean historical) {

    /** A live item's closing. */
    public LedgerItemClosed(UUID caseId, UUID inspectionId, UUID itemId, UUID findingId, OffsetDateTime closedAt,
            BigDecimal moneyRecovered, int rulesEstablished, int personsHeldAccountable) {
        this(caseId, inspectionId, itemId, findingId, closedAt, moneyRecovered, rulesEstablished, personsHeldAccountable,
                null);
    }
}
