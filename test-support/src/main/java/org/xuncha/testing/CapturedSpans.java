package org.xuncha.testing;

import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SpanProcessor;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.function.Predicate;

/**
 * The spans a service under test finished, kept in memory as they end (the test profile samples
 * every trace and exports nothing else), for tests of what a trace shows.
 */
@Singleton
public class CapturedSpans {

    private final InMemorySpanExporter exporter = InMemorySpanExporter.create();

    @Produces
    @Singleton
    SpanProcessor keepInMemory() {
        return SimpleSpanProcessor.create(exporter);
    }

    public List<SpanData> matching(Predicate<SpanData> wanted) {
        return exporter.getFinishedSpanItems().stream().filter(wanted).toList();
    }
}
