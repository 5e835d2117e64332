package org.xuncha.rectification.ledger;

/** Where a ledger item is (DOMAIN.md §6). */
public enum ItemState {
    OPEN,
    IN_PROGRESS,
    /** Submitted by the organization for verification. */
    SUBMITTED,
    /** Verified and closed by the office (对账销号). */
    CLOSED
}
