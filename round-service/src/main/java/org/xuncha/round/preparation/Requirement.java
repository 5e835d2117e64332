package org.xuncha.round.preparation;

/** What stationing needs (DOMAIN.md §4, PREPARING). */
public enum Requirement {
    /** The team has a leader from the leader pool. */
    TEAM_LEADER,
    /** At least one info request (函询) was sent. */
    INFO_REQUESTS_SENT,
    /** Every info request sent was answered. */
    INFO_REQUEST_ANSWERED,
    /** Every member attended a training of the round (凡巡必训). */
    TRAINING,
    /** Every member signed the discipline commitment (纪律承诺书). */
    DISCIPLINE_COMMITMENT,
    /** Every member signed the confidentiality commitment (保密承诺书). */
    CONFIDENTIALITY_COMMITMENT,
    /** No member has an avoidance conflict that was not overridden. */
    AVOIDANCE,
    /** No member is stationed with another team. */
    NOT_STATIONED_ELSEWHERE
}
