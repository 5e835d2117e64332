package org.xuncha.testing;

import java.time.LocalDate;
import java.time.ZoneId;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The committee's zone as the services under test have it, so a test's "today" is the services'
 * today even between 00:00 and 08:00 in Beijing, when UTC's date is still yesterday's.
 */
public final class Committee {

    public static final ZoneId ZONE = zone();

    private Committee() {
    }

    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    private static ZoneId zone() {
        try {
            return ConfigProvider.getConfig().getOptionalValue("xuncha.committee.zone", String.class)
                    .map(ZoneId::of).orElse(ZoneId.of("Asia/Shanghai"));
        } catch (IllegalStateException noConfig) {
            return ZoneId.of("Asia/Shanghai");
        }
    }
}
