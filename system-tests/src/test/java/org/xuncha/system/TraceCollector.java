package org.xuncha.system;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.zip.GZIPInputStream;

/**
 * A stand-in for an OpenTelemetry collector: an OTLP/HTTP endpoint on localhost to which the
 * services under test export their spans, keeping each export request as it came. Enough to tell
 * which service exported spans of a trace (the export carries its service.name, and each span its
 * 16-byte trace id and its name), without decoding the protobuf.
 */
final class TraceCollector {

    private final HttpServer server;
    private final List<byte[]> exports = new CopyOnWriteArrayList<>();

    private TraceCollector(HttpServer server) {
        this.server = server;
    }

    static TraceCollector start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            TraceCollector collector = new TraceCollector(server);
            server.createContext("/", exchange -> {
                try (InputStream body = exchange.getRequestBody()) {
                    boolean gzip = "gzip".equalsIgnoreCase(exchange.getRequestHeaders().getFirst("Content-Encoding"));
                    collector.exports.add((gzip ? new GZIPInputStream(body) : body).readAllBytes());
                }
                exchange.getResponseHeaders().add("Content-Type", "application/x-protobuf");
                exchange.sendResponseHeaders(200, -1);
                exchange.close();
            });
            server.start();
            return collector;
        } catch (IOException failure) {
            throw new UncheckedIOException("Cannot start the trace collector", failure);
        }
    }

    /** The OTLP endpoint to give the services. */
    String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Whether {@code service} exported a span of the trace whose name contains {@code spanName}. */
    boolean received(String service, String traceId, String spanName) {
        byte[] trace = HexFormat.of().parseHex(traceId);
        return exports.stream().anyMatch(export -> contains(export, service.getBytes(StandardCharsets.UTF_8))
                && contains(export, trace) && contains(export, spanName.getBytes(StandardCharsets.UTF_8)));
    }

    void stop() {
        server.stop(0);
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
