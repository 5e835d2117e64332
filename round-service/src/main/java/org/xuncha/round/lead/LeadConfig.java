package org.xuncha.round.lead;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneId;

/** How often a receiving body reports on a transferred lead ({@code xuncha.leads.*}). */
@ConfigMapping(prefix = "xuncha.leads")
public interface LeadConfig {

    /** A report is due this long after the transfer and after each report (每季度反馈一次). */
    @WithDefault("P3M")
    Period reportEvery();

    /** The committee's zone, in which a quarter is counted. */
    @WithDefault("Asia/Shanghai")
    ZoneId zone();

    /** When the next report is due after one at {@code at}. */
    default OffsetDateTime nextReportDue(OffsetDateTime at) {
        return at.atZoneSameInstant(zone()).plus(reportEvery()).toOffsetDateTime();
    }
}
