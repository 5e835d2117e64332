package org.xuncha.round.finding;

import java.util.UUID;

/** Which findings a list shows; absent fields do not filter. */
public record FindingFilter(UUID inspectionId, UUID termId, UUID roundId, UUID teamId, UUID organizationId,
        String categoryCode, FindingState state, Boolean commonProblemCandidate) {
}
