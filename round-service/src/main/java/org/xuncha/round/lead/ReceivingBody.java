package org.xuncha.round.lead;

import java.util.Arrays;
import java.util.Optional;
import org.xuncha.contract.Topics;
import org.xuncha.platform.security.Caller;
import org.xuncha.platform.security.Roles;

/** Where a lead is transferred to. */
public enum ReceivingBody {
    /** 纪委监委: read and disposed of by DISCIPLINE accounts and the commission's system. */
    DISCIPLINE_COMMISSION(Roles.DISCIPLINE, Topics.ROUND_TO_DISCIPLINE_COMMISSION, Topics.FROM_DISCIPLINE_COMMISSION),
    /** 组织部: read and disposed of by ORGANIZATION accounts and the department's system. */
    ORGANIZATION_DEPARTMENT(Roles.ORGANIZATION, Topics.ROUND_TO_ORGANIZATION_DEPARTMENT,
            Topics.FROM_ORGANIZATION_DEPARTMENT),
    /** Another body, named on the transfer; its disposition is recorded by the office. No events. */
    OTHER(Roles.OFFICE, null, null);

    private final String role;
    private final String topic;
    private final String inboundTopic;

    ReceivingBody(String role, String topic, String inboundTopic) {
        this.role = role;
        this.topic = topic;
        this.inboundTopic = inboundTopic;
    }

    /** The role whose accounts act for the body. */
    public String role() {
        return role;
    }

    /** The topic (and feed) of the body's events, absent for OTHER. */
    public Optional<String> topic() {
        return Optional.ofNullable(topic);
    }

    /** Whether the caller acts for this body: its role, or its system; the office for OTHER. */
    public boolean isActedForBy(Caller caller) {
        return this == OTHER ? caller.hasRole(Roles.OFFICE) : caller.speaksFor(role);
    }

    /** The body a caller reports for: the commission's or the department's accounts and systems, else the office (OTHER). */
    public static Optional<ReceivingBody> actedForBy(Caller caller) {
        return Arrays.stream(values()).filter(body -> body.isActedForBy(caller)).findFirst();
    }

    /** The body that writes an inbound topic. */
    public static Optional<ReceivingBody> writing(String inboundTopic) {
        return Arrays.stream(values()).filter(body -> inboundTopic.equals(body.inboundTopic)).findFirst();
    }
}
