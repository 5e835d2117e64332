package org.xuncha.round.coverage;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Coverage of a term (DOMAIN.md §5): organizations in scope inspected in the term by a REGULAR,
 * SPECIAL, MOBILE, LINKED, CROSS or ELEVATED inspection, or (villages and communities) reached by
 * extension, divided by the organizations in scope.
 */
public record CoverageRate(UUID termId, int inScope, int covered,
        @Schema(description = "Covered ÷ in scope, a fraction from 0 to 1 (0.5 is half) with four decimals",
                minimum = "0", maximum = "1", example = "0.6") BigDecimal rate) {

    static CoverageRate of(UUID termId, int inScope, int covered) {
        BigDecimal rate = inScope == 0 ? BigDecimal.ZERO
                : BigDecimal.valueOf(covered).divide(BigDecimal.valueOf(inScope), 4, RoundingMode.HALF_UP);
        return new CoverageRate(termId, inScope, covered, rate);
    }
}
