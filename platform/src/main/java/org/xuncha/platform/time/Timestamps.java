package org.xuncha.platform.time;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * How every timestamp leaves a service: at the committee's offset ({@code +08:00} for
 * Asia/Shanghai) and to the millisecond, always with three fraction digits, so the answer to a POST
 * and every later read of the same value are the same string.
 */
@Singleton
public class Timestamps implements ObjectMapperCustomizer {

    /** After Quarkus registers its own date and time modules, so these serializers are the ones used. */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    /** {@code 2026-12-02T09:30:00.000+08:00}. */
    public static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSXXX");

    private final ZoneId zone;

    public Timestamps() {
        this(CommitteeZone.configured());
    }

    Timestamps(ZoneId zone) {
        this.zone = zone;
    }

    /** The instant as the committee reads it, to the millisecond. */
    public static String format(Instant instant, ZoneId zone) {
        return FORMAT.format(instant.truncatedTo(ChronoUnit.MILLIS).atZone(zone));
    }

    @Override
    public void customize(ObjectMapper mapper) {
        SimpleModule module = new SimpleModule("committee-timestamps");
        module.addSerializer(Instant.class, new Writer<>(instant -> instant));
        module.addSerializer(OffsetDateTime.class, new Writer<>(OffsetDateTime::toInstant));
        module.addSerializer(ZonedDateTime.class, new Writer<>(ZonedDateTime::toInstant));
        mapper.registerModule(module);
    }

    private final class Writer<T> extends JsonSerializer<T> {

        private final java.util.function.Function<T, Instant> instant;

        Writer(java.util.function.Function<T, Instant> instant) {
            this.instant = instant;
        }

        @Override
        public void serialize(T value, JsonGenerator generator, SerializerProvider provider) throws IOException {
            generator.writeString(format(instant.apply(value), zone));
        }
    }
}
