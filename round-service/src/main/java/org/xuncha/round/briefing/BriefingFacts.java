package org.xuncha.round.briefing;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.xuncha.round.inspection.InspectionState;

/**
 * What a briefing is checked against: the inspection's state and the day its team stationed, the
 * committee's today, and the sub-groups of the team.
 */
public record BriefingFacts(UUID inspectionId, UUID teamId, InspectionState state, LocalDate stationedOn,
        LocalDate today, Set<UUID> subGroupsOfTeam) {
}
