package org.xuncha.round.drive;

/** A drive takes part and reports while LAUNCHED; CONCLUDED once every participant has its result. */
public enum DriveState {
    LAUNCHED,
    CONCLUDED
}
