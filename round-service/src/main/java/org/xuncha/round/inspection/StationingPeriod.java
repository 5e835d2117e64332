package org.xuncha.round.inspection;

import java.time.ZoneId;
import org.xuncha.platform.documents.OfficialDocument;

/** When a team was stationed, as the office's documents say it: 于…至… once withdrawn, 自…起 while stationed. */
public final class StationingPeriod {

    private StationingPeriod() {
    }

    /** The period in the committee's days; empty before the team is stationed. */
    public static String of(Inspection inspection, ZoneId zone) {
        if (inspection.stationedAt() == null) {
            return "";
        }
        String from = OfficialDocument.date(inspection.stationedAt().atZoneSameInstant(zone).toLocalDate());
        return inspection.withdrawnAt() == null ? "自" + from + "起"
                : "于" + from + "至" + OfficialDocument.date(inspection.withdrawnAt().atZoneSameInstant(zone).toLocalDate());
    }
}
