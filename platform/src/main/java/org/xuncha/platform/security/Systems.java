package org.xuncha.platform.security;

import java.util.Map;
import java.util.Optional;

/**
 * The systems whose INTEGRATION accounts act for a body, by the {@value Caller#SYSTEM_CLAIM} claim
 * of their tokens. Any other name (an import script's) is a system too, but acts for no body.
 */
public final class Systems {

    /** The discipline commission's (纪委监委) system: the leads transferred to the commission, its notifications. */
    public static final String DISCIPLINE_COMMISSION = "DISCIPLINE_COMMISSION";
    /** The organization department's (组织部) system: its leads, its notifications, its opinion requests. */
    public static final String ORGANIZATION_DEPARTMENT = "ORGANIZATION_DEPARTMENT";

    private static final Map<String, String> BODY_ROLES =
            Map.of(DISCIPLINE_COMMISSION, Roles.DISCIPLINE, ORGANIZATION_DEPARTMENT, Roles.ORGANIZATION);

    private Systems() {
    }

    /** The role of the body a system acts for, if it acts for one. */
    public static Optional<String> bodyRole(String system) {
        return Optional.ofNullable(BODY_ROLES.get(system));
    }
}
