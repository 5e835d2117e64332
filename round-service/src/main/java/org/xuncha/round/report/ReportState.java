package org.xuncha.round.report;

/** DRAFT → SUBMITTED → APPROVED by the leadership, or RETURNED to be revised and submitted again. */
public enum ReportState {
    DRAFT,
    SUBMITTED,
    APPROVED,
    RETURNED
}
