package org.xuncha.system;

import static io.restassured.RestAssured.given;

import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.xuncha.testing.RoundApi;
import org.xuncha.testing.Tokens;

/**
 * Both services as they ship: their packaged jars, started once per test run as processes, against
 * the real PostgreSQL ({@code *_e2e} databases) and the real Kafka broker {@code bin/xuncha test}
 * started. The broker can be stopped and started again, as an outage would.
 */
public final class SystemUnderTest {

    private static final Path ROOT = Path.of(System.getProperty("xuncha.root", "..")).toAbsolutePath().normalize();
    private static final String KAFKA = "127.0.0.1:" + env("XUNCHA_TEST_KAFKA_PORT", "19092");
    private static final String DB_SUFFIX = env("XUNCHA_TEST_DB_SUFFIX", "");
    private static SystemUnderTest running;
    /** For an instance started after the first: the database is the system's, not cleaned again. */
    private static final List<String> KEEP_DATA = List.of("-Dquarkus.flyway.clean-at-start=false");

    private final List<Process> processes = new ArrayList<>();
    private Map<String, String> common;
    private Process rectificationService;
    private final TraceCollector traces = TraceCollector.start();
    private final int roundPort;
    private final int rectificationPort;

    private SystemUnderTest() {
        roundPort = freePort();
        rectificationPort = freePort();
    }

    /** The running system; started by the first test that asks. */
    public static synchronized SystemUnderTest get() {
        if (running == null) {
            SystemUnderTest system = new SystemUnderTest();
            Runtime.getRuntime().addShutdownHook(new Thread(system::stop));
            try {
                system.start();
            } catch (RuntimeException failed) {
                // the next test must not start a second system beside this one's half-started processes
                system.stop();
                throw failed;
            }
            running = system;
        }
        return running;
    }

    public RoundApi roundApi() {
        return new RoundApi(this::round);
    }

    public RequestSpecification round() {
        return given().baseUri("http://127.0.0.1").port(roundPort);
    }

    public RequestSpecification rectification() {
        return given().baseUri("http://127.0.0.1").port(rectificationPort);
    }

    /** What the services exported to the system's trace collector. */
    TraceCollector traces() {
        return traces;
    }

    public String office() {
        return Tokens.as("OFFICE").sign();
    }

    /** The broker both services use, for tests that play another system's Kafka client. */
    public String kafka() {
        return KAFKA;
    }

    /** The project's root, where the committed API documents are. */
    public Path root() {
        return ROOT;
    }

    /** Stops the Kafka broker, as an outage would. */
    public void stopBroker() {
        stack("broker", "stop", "test");
    }

    public void startBroker() {
        stack("broker", "start", "test");
    }

    private void start() {
        Path publicKey = testPublicKey();
        Map<String, String> common = Map.of(
                "KAFKA_BOOTSTRAP_SERVERS", KAFKA,
                "MP_JWT_VERIFY_PUBLICKEY_LOCATION", publicKey.toString(),
                "MP_JWT_VERIFY_ISSUER", Tokens.ISSUER,
                "QUARKUS_FLYWAY_CLEAN_AT_START", "true",
                "QUARKUS_FLYWAY_CLEAN_DISABLED", "false",
                // a record that keeps failing is tried for some 16 s (8 times, 5 by default) before it
                // goes to the dead-letter topic: time for ConsumerRecoveryIT to stop the broker first
                "XUNCHA_CONSUMER_ATTEMPTS", "8",
                // Traces switched on as a deployment would: every trace sampled, exported over OTLP.
                "QUARKUS_OTEL_TRACES_SAMPLER_ARG", "1",
                "QUARKUS_OTEL_EXPORTER_OTLP_TRACES_ENDPOINT", traces.endpoint(),
                "QUARKUS_OTEL_EXPORTER_OTLP_TRACES_PROTOCOL", "http/protobuf",
                "QUARKUS_OTEL_BSP_SCHEDULE_DELAY", "200ms");
        this.common = common;
        launch("round-service", roundPort, "xuncha_round_e2e" + DB_SUFFIX, common);
        startRectificationService(List.of());
        awaitReady(roundPort, "round-service");
        awaitReady(rectificationPort, "rectification-service");
    }

    private void startRectificationService(List<String> properties) {
        rectificationService = launch("rectification-service", "rectification-service", rectificationPort,
                "xuncha_rectification_e2e" + DB_SUFFIX, withEvidenceIn(common,
                        Path.of("target", "system-evidence").toAbsolutePath()), properties);
        processes.add(rectificationService);
    }

    /** Kills rectification-service as a crash would ({@code kill -9}): no goodbye to the consumer group. */
    public void killRectificationService() {
        rectificationService.destroyForcibly();
        try {
            rectificationService.waitFor(20, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
        processes.remove(rectificationService);
    }

    /** Starts rectification-service again on its port, and waits until it is ready. */
    public void restartRectificationService() {
        startRectificationService(KEEP_DATA);
        awaitReady(rectificationPort, "rectification-service");
    }

    /**
     * A second, complete instance of rectification-service (relay and consumer too) on the same
     * database and consumer group, as a deployment with two replicas has; stopped by close().
     */
    public HttpInstances secondRectificationService() {
        int port = freePort();
        HttpInstances second = new HttpInstances(roundPort, port, List.of(launch("rectification-service",
                "rectification-service-second", port, "xuncha_rectification_e2e" + DB_SUFFIX,
                withEvidenceIn(common, Path.of("target", "system-evidence").toAbsolutePath()),
                KEEP_DATA)));
        awaitReady(port, "rectification-service-second");
        return second;
    }

    private static Map<String, String> withEvidenceIn(Map<String, String> settings, Path directory) {
        Map<String, String> all = new java.util.HashMap<>(settings);
        all.put("XUNCHA_RECTIFICATION_EVIDENCE_DIRECTORY", directory.toString());
        return all;
    }

    private void launch(String service, int port, String database, Map<String, String> common) {
        processes.add(launch(service, service, port, database, common, List.of()));
    }

    private static Process launch(String service, String logName, int port, String database, Map<String, String> settings,
            List<String> properties) {
        Path jar = ROOT.resolve(service).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: the services are packaged before the system tests run");
        }
        try {
            Path logs = Files.createDirectories(Path.of("target", "system-logs"));
            List<String> command = new ArrayList<>(List.of("java", "-Xmx384m"));
            command.addAll(properties);
            command.addAll(List.of("-jar", jar.toString()));
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logs.resolve(logName + ".log").toFile()));
            builder.environment().putAll(settings);
            builder.environment().put("QUARKUS_HTTP_PORT", Integer.toString(port));
            builder.environment().put("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://127.0.0.1:5432/" + database);
            return builder.start();
        } catch (IOException failure) {
            throw new UncheckedIOException("Cannot start " + service, failure);
        }
    }

    /**
     * A second instance of each service that serves HTTP only (no relay, no consumer) on the same
     * databases, and verifies bearer tokens against {@code keyLocation} (a PEM file or a JWKS URL)
     * and {@code issuer}: another deployment's identity provider, beside the system's own.
     */
    public HttpInstances httpInstancesTrusting(String keyLocation, String issuer) {
        Map<String, String> settings = Map.of(
                "KAFKA_BOOTSTRAP_SERVERS", KAFKA,
                "MP_JWT_VERIFY_PUBLICKEY_LOCATION", keyLocation,
                "MP_JWT_VERIFY_ISSUER", issuer,
                "XUNCHA_OUTBOX_RELAY_ENABLED", "false");
        int round = freePort();
        int rectification = freePort();
        HttpInstances instances = new HttpInstances(round, rectification, List.of(
                launch("round-service", "round-service-http", round, "xuncha_round_e2e" + DB_SUFFIX, settings,
                        List.of("-Dmp.messaging.incoming.rectification-events.enabled=false")),
                launch("rectification-service", "rectification-service-http", rectification,
                        "xuncha_rectification_e2e" + DB_SUFFIX, withEvidenceIn(settings,
                                Path.of("target", "system-evidence").toAbsolutePath()),
                        List.of("-Dmp.messaging.incoming.round-events.enabled=false"))));
        awaitReady(round, "round-service-http");
        awaitReady(rectification, "rectification-service-http");
        return instances;
    }

    /** Both services' HTTP-only instances, stopped by {@link #close()}. */
    public static final class HttpInstances implements AutoCloseable {

        private final int roundPort;
        private final int rectificationPort;
        private final List<Process> processes;

        private HttpInstances(int roundPort, int rectificationPort, List<Process> processes) {
            this.roundPort = roundPort;
            this.rectificationPort = rectificationPort;
            this.processes = processes;
        }

        public RequestSpecification round() {
            return given().baseUri("http://127.0.0.1").port(roundPort);
        }

        public RequestSpecification rectification() {
            return given().baseUri("http://127.0.0.1").port(rectificationPort);
        }

        @Override
        public void close() {
            stopAll(processes);
        }
    }

    private static void awaitReady(int port, String service) {
        // a quiet machine starts a service in 5-20 s; a loaded 2-core one has taken two minutes
        long deadline = System.nanoTime() + Duration.ofSeconds(300).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (given().baseUri("http://127.0.0.1").port(port).get("/q/health/ready").statusCode() == 200) {
                    return;
                }
            } catch (Exception notYet) {
                // not listening yet
            }
            sleep(250);
        }
        throw new IllegalStateException(service + " did not become ready; see target/system-logs/" + service + ".log");
    }

    private void stop() {
        stopAll(processes);
        traces.stop();
    }

    private static void stopAll(List<Process> processes) {
        processes.forEach(Process::destroy);
        for (Process process : processes) {
            try {
                if (!process.waitFor(20, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static void stack(String... arguments) {
        stack(Duration.ofSeconds(90), arguments);
    }

    /** Runs {@code bin/xuncha} with these arguments, as the developer would. */
    static void stack(Duration patience, String... arguments) {
        List<String> command = new ArrayList<>(List.of(ROOT.resolve("bin/xuncha").toString()));
        command.addAll(List.of(arguments));
        try {
            Process process = new ProcessBuilder(command).inheritIO().start();
            if (!process.waitFor(patience.toSeconds(), TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("bin/xuncha " + String.join(" ", arguments) + " failed");
            }
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    private static Path testPublicKey() {
        try (InputStream key = SystemUnderTest.class.getResourceAsStream("/xuncha-test-jwt/public.pem")) {
            Path copy = Files.createTempFile("xuncha-test-jwt", ".pem");
            Files.write(copy, key.readAllBytes());
            copy.toFile().deleteOnExit();
            return copy;
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
