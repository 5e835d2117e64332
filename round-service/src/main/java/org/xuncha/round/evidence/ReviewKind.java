package org.xuncha.round.evidence;

/** The two kinds of review a team works through from checklists. */
public enum ReviewKind {
    /** 查阅资料: minutes, decisions, registers. */
    DOCUMENT,
    /** 财务审查: accounts, vouchers, contracts. */
    FINANCIAL
}
