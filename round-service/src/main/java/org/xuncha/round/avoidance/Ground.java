package org.xuncha.round.avoidance;

/** The three grounds of avoidance (三回避). */
public enum Ground {
    /** 任职回避: the cadre works or worked in the organization or below it. */
    POSTING,
    /** 公务/亲属回避: a relative the cadre declared holds a post in the organization. */
    KINSHIP,
    /** 地域回避: a township or village inspection of the cadre's home locality. */
    REGION
}
