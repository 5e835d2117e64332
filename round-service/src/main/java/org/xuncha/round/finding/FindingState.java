package org.xuncha.round.finding;

/** Where a finding is in its life (DOMAIN.md §4). */
public enum FindingState {
    DRAFT,
    /** Confirmed by the team leader. */
    CONFIRMED,
    /** Fed back to the organization. */
    FED_BACK,
    /** Its ledger item is being rectified. */
    RECTIFYING,
    /** Its ledger item was verified and closed. */
    RECTIFIED,
    /** A follow-up reopened its ledger item. */
    REOPENED
}
