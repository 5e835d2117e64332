package org.xuncha.rectification.ledger.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.xuncha.rectification.ledger.ItemOrigin;
import org.xuncha.rectification.ledger.ItemState;
import org.xuncha.rectification.ledger.ItemTerm;
import org.xuncha.rectification.ledger.LedgerItem;

@Schema(name = "LedgerItem", description = "An item of the rectification ledger (整改台账)")
public record LedgerItemView(
        UUID id, UUID caseId, @Schema(description = "The finding it rectifies, for items from findings") UUID findingId,
        ItemOrigin origin, @Schema(example = "COUNTY-3") String categoryCode, String categoryName,
        @Schema(description = "The problem to rectify", example = "村集体资金账外运行") String problem,
        @Schema(description = "The persons a point of the secretary's or accountability list names") String persons,
        ItemState state,
        @Schema(example = "全面清理账外资金，纳入镇三资平台统一管理") String measures,
        @Schema(example = "王建国") String responsiblePerson, @Schema(example = "镇财政所") String responsibleDepartment,
        @Schema(description = "The competent department the office routed it to (主管部门)") String competentDepartment,
        ItemTerm term, @Schema(example = "2026-05-31") LocalDate deadline,
        @Schema(example = "126000.00") BigDecimal moneyRecovered, int rulesEstablished, int personsHeldAccountable,
        OffsetDateTime submittedAt, OffsetDateTime closedAt, String closedBy, OffsetDateTime createdAt,
        @Schema(description = "The office's own number of the item in a historical ledger: its finding's number, or the "
                + "number of an item the office added", example = "QH-1-01-001") String itemNumber,
        @Schema(description = "An item of a historical case: its deadline and state are the imported ledger's") boolean historical,
        long version) {

    public static LedgerItemView of(LedgerItem item) {
        return new LedgerItemView(item.id(), item.caseId(), item.findingId(), item.origin(), item.categoryCode(),
                item.categoryName(), item.problem(), item.persons(), item.state(), item.measures(),
                item.responsiblePerson(), item.responsibleDepartment(), item.competentDepartment(), item.term(),
                item.deadline(), item.moneyRecovered(), item.rulesEstablished(), item.personsHeldAccountable(),
                item.submittedAt(), item.closedAt(), item.closedBy(), item.createdAt(), item.itemNumber(), item.historical(),
                item.version());
    }
}
