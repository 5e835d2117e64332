package org.xuncha.round.reporthearing;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The leadership group's hearings of the teams ({@code xuncha.report-hearings.*}). */
@ConfigMapping(prefix = "xuncha.report-hearings")
public interface HearingConfig {

    /** Each team is heard within this many days of its batch's end (seed 004 §12: 一周内). */
    @WithDefault("7")
    int withinDays();
}
