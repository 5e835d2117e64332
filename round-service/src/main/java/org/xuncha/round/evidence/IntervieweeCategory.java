package org.xuncha.round.evidence;

/** The eight categories of people a team talks to one by one (个别谈话, seed 000). */
public enum IntervieweeCategory {
    /** 一把手. */
    PRINCIPAL_LEADER,
    /** 纪(工)委书记. */
    DISCIPLINE_SECRETARY,
    /** 班子其他成员. */
    OTHER_LEADERSHIP_MEMBER,
    /** 下级主要负责人. */
    SUBORDINATE_PRINCIPAL,
    /** 环节干部. */
    KEY_POSITION_CADRE,
    /** 普通党员干部. */
    ORDINARY_MEMBER,
    /** 服务对象. */
    SERVICE_RECIPIENT,
    /** 其他人员. */
    OTHER
}
