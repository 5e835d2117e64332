package org.xuncha.round.preparation;

/** The two commitments every team member signs before stationing. */
public enum CommitmentKind {
    /** 纪律承诺书. */
    DISCIPLINE,
    /** 保密承诺书. */
    CONFIDENTIALITY
}
