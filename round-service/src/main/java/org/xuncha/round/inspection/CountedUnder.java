package org.xuncha.round.inspection;

import java.util.UUID;
import org.xuncha.round.registry.OrganizationType;

/**
 * Where what an inspection turns up (findings, leads) is counted: the inspection, its term, round
 * and team, the organization inspected and its type. Fixed when the finding or lead is taken.
 */
public record CountedUnder(UUID inspectionId, UUID termId, UUID roundId, UUID teamId, UUID organizationId,
        OrganizationType organizationType) {
}
