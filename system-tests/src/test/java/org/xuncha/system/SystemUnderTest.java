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

    private final List<Process> processes = new ArrayList<>();
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
            system.start();
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

    public String office() {
        return Tokens.as("OFFICE").sign();
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
                "QUARKUS_FLYWAY_CLEAN_DISABLED", "false");
        launch("round-service", roundPort, "xuncha_round_e2e" + DB_SUFFIX, common);
        launch("rectification-service", rectificationPort, "xuncha_rectification_e2e" + DB_SUFFIX, withEvidenceIn(common,
                Path.of("target", "system-evidence").toAbsolutePath()));
        awaitReady(roundPort, "round-service");
        awaitReady(rectificationPort, "rectification-service");
    }

    private static Map<String, String> withEvidenceIn(Map<String, String> settings, Path directory) {
        Map<String, String> all = new java.util.HashMap<>(settings);
        all.put("XUNCHA_RECTIFICATION_EVIDENCE_DIRECTORY", directory.toString());
        return all;
    }

    private void launch(String service, int port, String database, Map<String, String> common) {
        Path jar = ROOT.resolve(service).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: the services are packaged before the system tests run");
        }
        try {
            Path logs = Files.createDirectories(Path.of("target", "system-logs"));
            ProcessBuilder builder = new ProcessBuilder("java", "-Xmx384m", "-jar", jar.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(logs.resolve(service + ".log").toFile());
            builder.environment().putAll(common);
            builder.environment().put("QUARKUS_HTTP_PORT", Integer.toString(port));
            builder.environment().put("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://127.0.0.1:5432/" + database);
            processes.add(builder.start());
        } catch (IOException failure) {
            throw new UncheckedIOException("Cannot start " + service, failure);
        }
    }

    private void awaitReady(int port, String service) {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
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
        List<String> command = new ArrayList<>(List.of(ROOT.resolve("bin/xuncha").toString()));
        command.addAll(List.of(arguments));
        try {
            Process process = new ProcessBuilder(command).inheritIO().start();
            if (!process.waitFor(90, TimeUnit.SECONDS) || process.exitValue() != 0) {
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

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    private static String env(String name, String fallback) {
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
