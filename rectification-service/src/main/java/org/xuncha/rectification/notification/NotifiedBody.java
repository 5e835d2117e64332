package org.xuncha.rectification.notification;

import org.xuncha.platform.security.Roles;

/** Who is notified of a feedback (一通报), and which role acknowledges for them. */
public enum NotifiedBody {
    /** The discipline body liaising with the organization (对口联系纪检监察机构). */
    DISCIPLINE_BODY(Roles.DISCIPLINE),
    /** The organization department (组织部). */
    ORGANIZATION_DEPARTMENT(Roles.ORGANIZATION);

    private final String acknowledgingRole;

    NotifiedBody(String acknowledgingRole) {
        this.acknowledgingRole = acknowledgingRole;
    }

    public String acknowledgingRole() {
        return acknowledgingRole;
    }
}
