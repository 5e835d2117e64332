package org.xuncha.round.lead;

/** How a receiving body disposed of a lead (办理结果). */
public enum DispositionKind {
    /** 立案审查调查. */
    CASE_FILED,
    /** 党纪政务处分. */
    SANCTIONED,
    /** 移送司法机关. */
    JUDICIAL_TRANSFER,
    /** 谈话函询. */
    TALK_OR_INQUIRY,
    /** 组织处理. */
    ORGANIZATIONAL_HANDLING,
    /** 了结: closed without action. */
    CLOSED
}
