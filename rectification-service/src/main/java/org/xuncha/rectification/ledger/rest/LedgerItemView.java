package org.xuncha.rectification.ledger.rest;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.xuncha.rectification.ledger.ItemOrigin;
import org.xuncha.rectification.ledger.ItemState;
import org.xuncha.rectification.ledger.LedgerItem;

@Schema(name = "LedgerItem", description = "An item of the rectification ledger (整改台账)")
public record LedgerItemView(
        UUID id, UUID caseId, @Schema(description = "The finding it rectifies, for items from findings") UUID findingId,
        ItemOrigin origin, @Schema(example = "COUNTY-3") String categoryCode, String categoryName,
        @Schema(description = "The problem to rectify") String problem, ItemState state, OffsetDateTime createdAt,
        long version) {

    public static LedgerItemView of(LedgerItem item) {
        return new LedgerItemView(item.id(), item.caseId(), item.findingId(), item.origin(), item.categoryCode(),
                item.categoryName(), item.problem(), item.state(), item.createdAt(), item.version());
    }
}
