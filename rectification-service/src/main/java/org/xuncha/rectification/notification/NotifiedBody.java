package org.xuncha.rectification.notification;

import org.xuncha.contract.Topics;
import org.xuncha.platform.security.Roles;

/** Who is notified of a feedback (一通报), and which role acknowledges for them. */
public enum NotifiedBody {
    /** The discipline body liaising with the organization (对口联系纪检监察机构). */
    DISCIPLINE_BODY(Roles.DISCIPLINE, Topics.RECTIFICATION_TO_DISCIPLINE_COMMISSION),
    /** The organization department (组织部). */
    ORGANIZATION_DEPARTMENT(Roles.ORGANIZATION, Topics.RECTIFICATION_TO_ORGANIZATION_DEPARTMENT);

    private final String acknowledgingRole;
    private final String topic;

    NotifiedBody(String acknowledgingRole, String topic) {
        this.acknowledgingRole = acknowledgingRole;
        this.topic = topic;
    }

    /** The role of the body's accounts; its system (INTEGRATION with {@code system}) acts for it too. */
    public String acknowledgingRole() {
        return acknowledgingRole;
    }

    /** The topic (and feed) the body's notifications travel on. */
    public String topic() {
        return topic;
    }
}
