package org.xuncha.round.liaison;

/** What a body sent in. */
public enum ReportType {
    /** A quarterly progress report on a lead (办理情况). */
    LEAD_PROGRESS,
    /** The result of a lead (办理结果). */
    LEAD_DISPOSITION,
    /** A case opened on a leader of an organization under inspection. */
    CASE_OPENED
}
