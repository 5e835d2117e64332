package org.xuncha.round.avoidance;

import java.util.UUID;

/** One reason a cadre may not inspect one organization. */
public record AvoidanceConflict(
        UUID cadreId, String cadreName, UUID organizationId, String organizationName, Ground ground, String detail) {

    boolean sameAs(AvoidanceOverride override) {
        return cadreId.equals(override.cadreId()) && organizationId.equals(override.organizationId())
                && ground == override.ground();
    }
}
