package org.xuncha.round.subgroup;

import java.util.Map;
import java.util.UUID;
import org.xuncha.round.inspection.InspectionState;
import org.xuncha.round.registry.OrganizationType;

/**
 * What a village sub-team is checked against: the inspection of a township (or street) by its team,
 * and the organizations that inspection extends to, with their types.
 */
public record VillageScope(UUID inspectionId, UUID teamId, InspectionState state, OrganizationType inspectedType,
        Map<UUID, OrganizationType> extensions) {
}
