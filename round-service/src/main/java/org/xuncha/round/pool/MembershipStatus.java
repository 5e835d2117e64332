package org.xuncha.round.pool;

/** A cadre's standing in a pool: pools are dynamic (动态管理). */
public enum MembershipStatus {
    ACTIVE,
    /** Temporarily not to be assigned (e.g. under investigation, on long leave). */
    SUSPENDED,
    LEFT
}
