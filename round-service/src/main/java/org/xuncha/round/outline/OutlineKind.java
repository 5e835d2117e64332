package org.xuncha.round.outline;

/** 共性谈话提纲 (one per inspection) or 个性谈话提纲 (one per interviewee). */
public enum OutlineKind {
    COMMON,
    PERSONAL
}
