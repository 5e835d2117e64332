package org.xuncha.round.report;

public enum ReportKind {
    /** 巡察报告: one per inspection, listing its confirmed findings. */
    INSPECTION,
    /** 专题报告: on a theme, of a round. */
    TOPIC
}
