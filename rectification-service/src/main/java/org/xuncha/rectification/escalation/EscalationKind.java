package org.xuncha.rectification.escalation;

/** What a late or false rectification leads to. */
public enum EscalationKind {
    /** 集体约谈: the principal leaders of one or more organizations are admonished together. */
    COLLECTIVE_ADMONISHMENT,
    /** 追责问责: persons are held accountable. */
    ACCOUNTABILITY
}
