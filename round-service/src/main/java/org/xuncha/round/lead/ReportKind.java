package org.xuncha.round.lead;

/** What a receiving body reports on a lead. */
public enum ReportKind {
    /** 办理情况: how the handling stands, every quarter until the lead is settled. */
    PROGRESS,
    /** 办理结果: the result, which settles the lead. */
    DISPOSITION
}
