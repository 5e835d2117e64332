package org.xuncha.rectification.cases;

/** Where a rectification case is in the "231" workflow (DOMAIN.md §6). */
public enum CaseState {
    /** Opened from feedback; waiting for the three signatures (三签收). */
    AWAITING_SIGNOFF,
    /** All three signed; the organization rectifies. */
    RECTIFYING,
    /** The organization has submitted its rectification report. */
    REPORTED,
    /** The office verifies the items (对账销号). */
    VERIFYING,
    CLOSED
}
