package org.xuncha.rectification.delivery;

/** To whom the feedback is delivered (双反馈, and the copies that go with it). */
public enum Recipient {
    /** The inspected Party organization: one of the two deliveries of the dual feedback. */
    ORGANIZATION,
    /** Its principal leader: the other delivery of the dual feedback. */
    PRINCIPAL_LEADER,
    /** The leader in charge, who receives the findings, the secretary's and the accountability lists. */
    LEADER_IN_CHARGE,
    /** The parent organization of a village or community (村居巡察发现的问题，同时向其上级党组织反馈). */
    PARENT_ORGANIZATION
}
