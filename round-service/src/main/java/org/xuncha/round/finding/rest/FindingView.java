package org.xuncha.round.finding.rest;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.xuncha.round.finding.Finding;
import org.xuncha.round.finding.FindingState;

@Schema(name = "Finding", description = "A problem found by an inspection (问题)")
public record FindingView(
        UUID id, UUID inspectionId, @Schema(example = "COUNTY-3") String categoryCode, String description,
        BigDecimal moneyInvolved, FindingState state, OffsetDateTime createdAt, OffsetDateTime confirmedAt) {

    static FindingView of(Finding finding) {
        return new FindingView(finding.id(), finding.inspectionId(), finding.categoryCode(), finding.description(),
                finding.moneyInvolved(), finding.state(), finding.createdAt(), finding.confirmedAt());
    }
}
