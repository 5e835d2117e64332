package org.xuncha.rectification.ledger;

/** Why a ledger item exists. */
public enum ItemOrigin {
    /** A finding fed back. */
    FINDING,
    /** A point of the secretary's list, added by the office. */
    SECRETARY_POINT,
    /** A point of the accountability list, added by the office. */
    ACCOUNTABILITY_POINT,
    /** Anything else the office adds. */
    OFFICE
}
