package org.xuncha.platform.time;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.ZoneId;

/**
 * The committee whose office runs the inspections ({@code xuncha.committee.*}). Its zone decides
 * what "today" is in every rule of both services and the offset every timestamp is written with.
 */
@ConfigMapping(prefix = "xuncha.committee")
public interface CommitteeConfig {

    @WithDefault("Asia/Shanghai")
    ZoneId zone();
}
