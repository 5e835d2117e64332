package org.xuncha.round.lead;

/** Where a lead is (DOMAIN.md §4). */
public enum LeadState {
    /** 受理. */
    RECEIVED,
    /** 研判. */
    ASSESSED,
    /** Reported to the leadership group. */
    REPORTED,
    /** 移交: handed to a named body. */
    TRANSFERRED,
    /** 办理结果 reported by the body. */
    DISPOSED,
    /** 归档. */
    ARCHIVED
}
