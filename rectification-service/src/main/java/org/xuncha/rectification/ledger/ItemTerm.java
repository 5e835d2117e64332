package org.xuncha.rectification.ledger;

/** How an item is to be rectified. */
public enum ItemTerm {
    /** 立行立改: at once. */
    IMMEDIATE,
    /** 限期整改: by a deadline, which the item must name. */
    DEADLINE,
    /** 长期坚持: a lasting effort; may stay open when the case closes. */
    LONG_TERM
}
