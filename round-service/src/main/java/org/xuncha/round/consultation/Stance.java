package org.xuncha.round.consultation;

/** What a partner department advises on an organization. */
public enum Stance {
    /** 建议巡察: inspect it this round; counts in the candidate ranking. */
    INSPECT,
    /** 无意见: nothing that calls for an inspection now. */
    NO_CONCERN
}
