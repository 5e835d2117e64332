package org.xuncha.round.coverage;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.UUID;

/**
 * Coverage of a term (DOMAIN.md §5): organizations in scope inspected in the term by a REGULAR,
 * SPECIAL, MOBILE, LINKED, CROSS or ELEVATED inspection, or (villages and communities) reached by
 * extension, divided by the organizations in scope.
 */
public record CoverageRate(UUID termId, int inScope, int covered, BigDecimal rate) {

    static CoverageRate of(UUID termId, int inScope, int covered) {
        BigDecimal rate = inScope == 0 ? BigDecimal.ZERO
                : BigDecimal.valueOf(covered).divide(BigDecimal.valueOf(inScope), 4, RoundingMode.HALF_UP);
        return new CoverageRate(termId, inScope, covered, rate);
    }
}
