package org.xuncha.rectification.figures;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The rectification figures a committee reports, for the cases a filter selects (DOMAIN.md §6, §7).
 *
 * @param cases cases selected
 * @param casesClosed of those, closed
 * @param casesOverdue of those, with something past its deadline now
 * @param casesEscalated of those, with an admonishment or accountability record
 * @param itemsFedBack ledger items that rectify a finding fed back
 * @param itemsAdded ledger items the office added (secretary's list, accountability list, its own)
 * @param atFirstReport the rate as each case's report found it (cases that have reported)
 * @param afterSupervision the rate now: everything closed by now, after supervision and follow-ups,
 *     less the items they reopened
 * @param itemsOverdue items past their deadline and not yet submitted
 * @param moneyRecovered yuan recovered by closed items
 * @param rulesEstablished rules established or revised by closed items
 * @param personsHeldAccountable persons held accountable by closed items
 * @param supervisionCampaigns campaigns that evaluated any of the cases
 * @param collectiveAdmonishments collective admonishments concerning any of the cases
 * @param accountabilityDecisions accountability decisions concerning any of the cases
 */
public record RectificationFigures(
        long cases, long casesClosed, long casesOverdue, long casesEscalated,
        long itemsFedBack, long itemsAdded, Rate atFirstReport, Rate afterSupervision, long itemsOverdue,
        BigDecimal moneyRecovered, long rulesEstablished, long personsHeldAccountable,
        long supervisionCampaigns, long collectiveAdmonishments, long accountabilityDecisions) {

    /**
     * Items closed ÷ items fed back.
     *
     * @param rate the rate as a fraction from 0 to 1 with four decimals (0.5 is half), as every rate of both
     *     services; absent when nothing was fed back
     */
    public record Rate(long itemsClosed, long itemsFedBack,
            @Schema(description = "Items closed ÷ items fed back, a fraction from 0 to 1 (0.5 is half) with four "
                    + "decimals; null when nothing was fed back", minimum = "0", maximum = "1", example = "0.5",
                    nullable = true) BigDecimal rate) {

        public static Rate of(long closed, long fedBack) {
            BigDecimal rate = fedBack == 0 ? null : BigDecimal.valueOf(closed)
                    .divide(BigDecimal.valueOf(fedBack), 4, RoundingMode.HALF_UP);
            return new Rate(closed, fedBack, rate);
        }
    }
}
