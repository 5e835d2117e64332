package org.xuncha.round.superior;

/** A superior matter is OPEN until the office completes it (办结) with its final report. */
public enum MatterState {
    OPEN,
    COMPLETED
}
