package org.xuncha.round.pool;

/** The talent pools teams are formed from (巡察人才库). */
public enum TalentPool {
    /** 组长库: cadres eligible to lead a team. */
    LEADER,
    /** 专员库: specialists (纪检, 组织, 财务, 审计 …) eligible to serve on a team. */
    SPECIALIST
}
