package org.xuncha.contract;

import java.util.List;

/**
 * Topic names. Each service publishes on its own topics and has its own dead-letter topic; what is
 * addressed to the discipline commission (纪委监委) or the organization department (组织部) travels on a
 * topic of that body's own, so that each can be given its own access control.
 */
public final class Topics {

    /** Published by round-service: feedback issued. Consumed by rectification-service. */
    public static final String ROUND_EVENTS = "xuncha.round.events";

    /** Published by rectification-service: sign-offs, ledger items and cases changing state. Consumed by round-service. */
    public static final String RECTIFICATION_EVENTS = "xuncha.rectification.events";

    /** Where rectification-service puts the round events it could not parse or apply. */
    public static final String RECTIFICATION_DEAD_LETTER = "xuncha.rectification.dead-letter";

    /** Where round-service puts the events it could not parse or apply. */
    public static final String ROUND_DEAD_LETTER = "xuncha.round.dead-letter";

    /** Published by round-service for the discipline commission: the leads transferred to it and each later step, keyed by lead. */
    public static final String ROUND_TO_DISCIPLINE_COMMISSION = "xuncha.round.discipline-commission";

    /** Published by round-service for the organization department: its leads, keyed by lead; opinions given to it. */
    public static final String ROUND_TO_ORGANIZATION_DEPARTMENT = "xuncha.round.organization-department";

    /** Published by rectification-service for the discipline bodies: the notifications of feedback (一通报), keyed by case. */
    public static final String RECTIFICATION_TO_DISCIPLINE_COMMISSION = "xuncha.rectification.discipline-commission";

    /** Published by rectification-service for the organization department: the notifications of feedback, keyed by case. */
    public static final String RECTIFICATION_TO_ORGANIZATION_DEPARTMENT = "xuncha.rectification.organization-department";

    /** Written by the discipline commission's system: lead reports and case-opened notices. Consumed by round-service. */
    public static final String FROM_DISCIPLINE_COMMISSION = "xuncha.discipline-commission.reports";

    /** Written by the organization department's system: lead reports. Consumed by round-service. */
    public static final String FROM_ORGANIZATION_DEPARTMENT = "xuncha.organization-department.reports";

    /** Published by round-service: the head of its audit trail, periodically. For an archive outside the service. */
    public static final String ROUND_AUDIT = "xuncha.round.audit";

    /** Published by rectification-service: the head of its audit trail, periodically. */
    public static final String RECTIFICATION_AUDIT = "xuncha.rectification.audit";

    /** The audit topics, round-service's first. */
    public static final List<String> AUDIT = List.of(ROUND_AUDIT, RECTIFICATION_AUDIT);

    /** The topics of round-service for the two bodies, the commission's first. */
    public static final List<String> ROUND_TO_BODIES = List.of(ROUND_TO_DISCIPLINE_COMMISSION, ROUND_TO_ORGANIZATION_DEPARTMENT);

    /** The topics rectification-service writes for the two bodies, the commission's first. */
    public static final List<String> RECTIFICATION_TO_BODIES =
            List.of(RECTIFICATION_TO_DISCIPLINE_COMMISSION, RECTIFICATION_TO_ORGANIZATION_DEPARTMENT);

    /** The topics the two bodies write, the commission's first. */
    public static final List<String> FROM_BODIES = List.of(FROM_DISCIPLINE_COMMISSION, FROM_ORGANIZATION_DEPARTMENT);

    private Topics() {
    }
}
