package org.xuncha.rectification.ledger;

/** Why a ledger item exists. */
public enum ItemOrigin {
    /** A finding fed back; these are the "items fed back" of the rectification rate. */
    FINDING,
    /** A point of the secretary's list (书记点人点事清单), added by the office. */
    SECRETARY_POINT,
    /** A point of the accountability list (追责问责清单), added by the office. */
    ACCOUNTABILITY_POINT,
    /** Anything else the office adds. */
    OFFICE
}
