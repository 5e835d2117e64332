package org.xuncha.platform.operations;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * The W3C trace context ({@code traceparent}: {@code 00-<trace id>-<span id>-<flags>}) as it travels
 * with an event: written into the outbox row by the transaction that causes the event, sent by the
 * relay as the record's {@value #HEADER} header, and continued by the consumer that applies it.
 */
public final class TraceParent {

    /** The Kafka header (and outbox column) that carries the trace context. */
    public static final String HEADER = "traceparent";

    private static final TextMapGetter<Headers> KAFKA_HEADERS = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Headers headers) {
            List<String> keys = new ArrayList<>();
            headers.forEach(header -> keys.add(header.key()));
            return keys;
        }

        @Override
        public String get(Headers headers, String key) {
            Header header = headers == null ? null : headers.lastHeader(key);
            return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
        }
    };

    private TraceParent() {
    }

    /** The current span's context, or null outside any trace. */
    public static String current() {
        SpanContext context = Span.current().getSpanContext();
        if (!context.isValid()) {
            return null;
        }
        return "00-" + context.getTraceId() + "-" + context.getSpanId() + "-" + context.getTraceFlags().asHex();
    }

    /** The context a record's headers carry; the root context when they carry none, or a malformed one. */
    public static Context of(Headers headers) {
        return W3CTraceContextPropagator.getInstance().extract(Context.root(), headers, KAFKA_HEADERS);
    }
}
