package org.xuncha.round.inspection;

/** Where an inspection is in its life (DOMAIN.md §4). */
public enum InspectionState {
    PLANNED,
    /** Team formed and checked, info requests, training, commitments. */
    PREPARING,
    /** The team is on site (进驻): interviews, reviews, findings, leads. */
    STATIONED,
    /** The team has withdrawn (撤离) and reports. */
    REPORTING,
    /** Feedback issued; rectification-service owns what follows. */
    FED_BACK,
    /** The organization's rectification case has signed off and rectification is under way. */
    RECTIFYING,
    /** The rectification case is closed; the inspection is archived. */
    CLOSED
}
