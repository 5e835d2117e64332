package org.xuncha.round.team;

/** "2+N": standing teams (常设) and temporary ones formed for a round (临时). */
public enum TeamKind {
    STANDING,
    TEMPORARY
}
