package org.xuncha.rectification.followup;

/** A later look at a case's rectification. */
public enum FollowUpKind {
    /** 回访: a return visit by the team or the office. */
    RETURN_VISIT,
    /** 回头看: a look-back inspection of the organization. */
    LOOK_BACK
}
