package org.xuncha.rectification.cases;

import java.util.UUID;

/** Which cases a list shows; absent fields do not filter. */
public record CaseFilter(UUID organizationId, UUID inspectionId, UUID roundId, UUID termId, UUID teamId,
        CaseState state, Boolean overdue, Boolean escalated) {
}
