package org.xuncha.round.team;

/** A member's position on a team. */
public enum Position {
    /** 组长: from the leader pool; confirms findings. */
    LEADER,
    /** 副组长. */
    DEPUTY_LEADER,
    /** 巡察专员 / 组员. */
    MEMBER
}
