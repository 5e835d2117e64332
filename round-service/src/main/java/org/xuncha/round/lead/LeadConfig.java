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

    /** When the next report is due after one at {@code at}, counted in the committee's {@code zone}. */
    default OffsetDateTime nextReportDue(OffsetDateTime at, ZoneId zone) {
        return at.atZoneSameInstant(zone).plus(reportEvery()).toOffsetDateTime();
    }
}
