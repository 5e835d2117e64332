package org.xuncha.rectification.delivery;

/** How the feedback was delivered. */
public enum DeliveryMethod {
    /** At the feedback meeting (反馈会议). */
    MEETING,
    /** A written notice handed over (书面送达). */
    DOCUMENT,
    /** Through the committee's electronic document system. */
    ELECTRONIC
}
