package org.xuncha.platform.time;

import java.time.ZoneId;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The zone of the committee whose office runs the inspections ({@code xuncha.committee.zone},
 * default Asia/Shanghai): what "today" is in every rule of both services and the offset every
 * timestamp is written with. Read from the configuration directly rather than through a config
 * mapping, because the JSON mapper that writes timestamps is built while the application starts,
 * before runtime mappings exist.
 */
public final class CommitteeZone {

    public static final String PROPERTY = "xuncha.committee.zone";
    public static final String DEFAULT = "Asia/Shanghai";

    private CommitteeZone() {
    }

    public static ZoneId configured() {
        return ZoneId.of(ConfigProvider.getConfig().getOptionalValue(PROPERTY, String.class).orElse(DEFAULT));
    }
}
