package org.xuncha.round.outline;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Interview outlines ({@code xuncha.outlines.*}). */
@ConfigMapping(prefix = "xuncha.outlines")
public interface OutlineConfig {

    /** A personal outline reaches the unit's liaison this many days before the interview (seed 001: 3). */
    @WithDefault("3")
    int handoverDaysBefore();
}
