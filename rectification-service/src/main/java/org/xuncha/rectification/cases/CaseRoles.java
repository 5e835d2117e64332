package org.xuncha.rectification.cases;

import org.xuncha.platform.security.Caller;
import org.xuncha.platform.security.Roles;

/** Role groups of this service. */
public final class CaseRoles {

    private CaseRoles() {
    }

    /** The office and the leadership group: they run rectification and verify it. */
    public static boolean isOfficeSide(Caller caller) {
        return caller.hasAnyRole(Roles.OFFICE, Roles.LEADERSHIP);
    }
}
