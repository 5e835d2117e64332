package org.xuncha.platform.inbox;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.xuncha.contract.EventEnvelope;
import org.xuncha.platform.operations.CommitCounters;
import org.xuncha.platform.operations.TraceParent;

/**
 * What applying an event leaves for operations: a consumer span that continues the trace of the
 * request that caused the event (its {@value TraceParent#HEADER} header), and
 * {@code xuncha_events_applied_total} by event type, counted when the transaction commits.
 */
@ApplicationScoped
public class EventTelemetry {

    private final Tracer tracer;
    private final CommitCounters counters;

    public EventTelemetry(Tracer tracer, CommitCounters counters) {
        this.tracer = tracer;
        this.counters = counters;
    }

    /** Runs the handler of the record's event inside the span of its application. */
    void apply(ConsumerRecord<String, String> record, EventEnvelope<?> event, Runnable handler) {
        Span span = tracer.spanBuilder("process " + event.type())
                .setParent(TraceParent.of(record.headers()))
                .setSpanKind(SpanKind.CONSUMER)
                .setAttribute("messaging.system", "kafka")
                .setAttribute("messaging.operation.type", "process")
                .setAttribute("messaging.destination.name", record.topic())
                .setAttribute("messaging.destination.partition.id", Integer.toString(record.partition()))
                .setAttribute("messaging.kafka.offset", record.offset())
                .setAttribute("messaging.message.id", event.eventId().toString())
                .setAttribute("xuncha.event.type", event.type())
                .startSpan();
        try (Scope scope = span.makeCurrent()) {
            handler.run();
        } catch (RuntimeException failure) {
            span.recordException(failure);
            span.setStatus(StatusCode.ERROR, failure.getClass().getSimpleName());
            throw failure;
        } finally {
            span.end();
        }
        counters.counter("xuncha.events.applied", "Events applied to this service's state (replays not counted)",
                "type", event.type()).increment();
    }
}
