package org.xuncha.round.finding.rest;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.xuncha.round.finding.Finding;
import org.xuncha.round.finding.FindingState;
import org.xuncha.round.registry.OrganizationType;

@Schema(name = "Finding", description = "A problem found by an inspection (问题)")
public record FindingView(
        UUID id, UUID inspectionId, UUID termId, UUID roundId, UUID teamId, UUID organizationId,
        OrganizationType organizationType, @Schema(example = "COUNTY-3") String categoryCode, String description,
        String personsNamed, BigDecimal moneyInvolved, boolean commonProblemCandidate,
        @Schema(description = "The cadre who drafted it") UUID foundBy, FindingState state, OffsetDateTime createdAt,
        OffsetDateTime confirmedAt, OffsetDateTime fedBackAt, OffsetDateTime rectifiedAt,
        @Schema(description = "The daily briefing (碰头会) it came from") UUID briefingId) {

    static FindingView of(Finding finding) {
        return new FindingView(finding.id(), finding.inspectionId(), finding.termId(), finding.roundId(),
                finding.teamId(), finding.organizationId(), finding.organizationType(), finding.categoryCode(),
                finding.description(), finding.personsNamed(), finding.moneyInvolved(), finding.commonProblemCandidate(),
                finding.foundBy(), finding.state(), finding.createdAt(), finding.confirmedAt(), finding.fedBackAt(),
                finding.rectifiedAt(), finding.briefingId());
    }
}
