package org.xuncha.round.opinion;

/** What the organization department asks about. */
public enum OpinionSubject {
    /** An organization's leadership (班子调整). */
    ORGANIZATION,
    /** A cadre to be selected or promoted (干部选拔任用); also an inspector to be promoted (seed 004 §17). */
    CADRE
}
