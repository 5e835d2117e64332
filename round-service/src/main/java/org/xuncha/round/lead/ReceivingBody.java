package org.xuncha.round.lead;

import org.xuncha.platform.security.Roles;

/** Where a lead is transferred to. */
public enum ReceivingBody {
    /** 纪委监委: read and disposed of by DISCIPLINE accounts. */
    DISCIPLINE_COMMISSION(Roles.DISCIPLINE),
    /** 组织部: read and disposed of by ORGANIZATION accounts. */
    ORGANIZATION_DEPARTMENT(Roles.ORGANIZATION),
    /** Another body, named on the transfer; its disposition is recorded by the office. */
    OTHER(Roles.OFFICE);

    private final String role;

    ReceivingBody(String role) {
        this.role = role;
    }

    /** The role whose accounts act for the body. */
    public String role() {
        return role;
    }
}
