package org.xuncha.round.liaison;

/** Why a body's report or notice was refused instead of applied. */
public enum RefusalReason {
    /** The lead does not exist, or was not transferred to the sender (which may not know it exists). */
    UNKNOWN_LEAD,
    /** A progress report on a lead already settled: it contradicts the settled result. */
    LEAD_SETTLED,
    /** A result that differs from the one the lead was settled with. */
    CONTRADICTS_SETTLED_RESULT,
    /** The result the lead was settled with, sent again under another reference. */
    ALREADY_SETTLED,
    /** The sender's reference was used before for a report with other content. */
    REFERENCE_REUSED,
    /** A case-opened notice names no organization of the registry. */
    UNKNOWN_ORGANIZATION,
    /** A case-opened notice names an organization that no inspection is stationed in or reporting on. */
    NOT_UNDER_INSPECTION,
    /** What came on the topic lacks a field or breaks a limit (REST answers 400 instead, and records nothing). */
    INVALID
}
