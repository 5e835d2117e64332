package org.xuncha.platform.time;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every timestamp leaves at the committee's offset, to the millisecond, with three fraction digits. */
class TimestampsTest {

    private final ObjectMapper json = mapper("Asia/Shanghai");

    @Test
    void aUtcTimestampIsWrittenInBeijingTime() throws Exception {
        OffsetDateTime utc = OffsetDateTime.of(2026, 12, 1, 17, 30, 0, 0, ZoneOffset.UTC);
        assertThat(json.writeValueAsString(Map.of("at", utc))).isEqualTo("{\"at\":\"2026-12-02T01:30:00.000+08:00\"}");
    }

    @Test
    void microsecondsAndNanosecondsAreCutToMilliseconds() throws Exception {
        Instant fromClock = Instant.parse("2026-12-02T01:02:03.123456789Z");
        Instant fromDatabase = Instant.parse("2026-12-02T01:02:03.123456Z");
        assertThat(json.writeValueAsString(fromClock)).isEqualTo("\"2026-12-02T09:02:03.123+08:00\"")
                .isEqualTo(json.writeValueAsString(fromDatabase));
    }

    @Test
    void theZoneIsTheConfiguredOne() throws Exception {
        Instant noon = Instant.parse("2026-07-01T12:00:00Z");
        assertThat(mapper("Europe/Berlin").writeValueAsString(noon)).isEqualTo("\"2026-07-01T14:00:00.000+02:00\"");
    }

    private static ObjectMapper mapper(String zone) {
        ObjectMapper mapper = new ObjectMapper();
        new Timestamps(ZoneId.of(zone)).customize(mapper);
        return mapper;
    }
}
