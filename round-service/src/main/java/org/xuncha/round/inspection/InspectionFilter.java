package org.xuncha.round.inspection;

import java.util.UUID;

/** Which inspections a list shows; absent fields do not filter. */
public record InspectionFilter(UUID roundId, UUID teamId, UUID organizationId, InspectionState state) {
}
