package org.xuncha.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the measuring clients of bench/registry and bench/findings share: sequential requests on one
 * HTTP/1.1 connection with an OFFICE token they mint themselves, client-side latency from sending
 * the request to having read the whole body, every answer checked, and the table of the results.
 * JDK 17, no dependencies; bench/lib/round-bench.sh compiles it beside the benchmark's Bench.java.
 */
public class BenchClient {

    /** The latencies of one operation. */
    public record Result(String operation, String request, long[] nanos) {

        public long[] sorted() {
            long[] sorted = nanos.clone();
            Arrays.sort(sorted);
            return sorted;
        }

        /** Nearest-rank percentile. */
        public long percentile(double p) {
            long[] sorted = sorted();
            int rank = (int) Math.ceil(p / 100.0 * sorted.length);
            return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
        }

        public double mean() {
            return Arrays.stream(nanos).average().orElse(0);
        }
    }

    /** One request, answering the body. */
    public interface Call {
        String run() throws IOException, InterruptedException;
    }

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final String token;

    public BenchClient(String base, String token) {
        this.base = base;
        this.token = token;
    }

    /** {@code --name value} pairs. */
    public static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        return options;
    }

    public static Properties fixture(Map<String, String> options) throws IOException {
        Properties fixture = new Properties();
        try (var reader = Files.newBufferedReader(Path.of(options.get("fixture")), StandardCharsets.UTF_8)) {
            fixture.load(reader);
        }
        return fixture;
    }

    /** A client of {@code --base} with an OFFICE token signed by {@code --key} for {@code --issuer}. */
    public static BenchClient of(Map<String, String> options) throws Exception {
        return new BenchClient(options.get("base"), mint(Path.of(options.get("key")), options.get("issuer")));
    }

    public Result time(String operation, String request, int warmup, int requests, Call call, Predicate<String> valid)
            throws IOException, InterruptedException {
        for (int i = 0; i < warmup; i++) {
            require(operation, call.run(), valid);
        }
        long[] nanos = new long[requests];
        for (int i = 0; i < requests; i++) {
            long started = System.nanoTime();
            String body = call.run();
            nanos[i] = System.nanoTime() - started;
            require(operation, body, valid);
        }
        System.err.printf(Locale.ROOT, "bench: %-55s done%n", operation);
        return new Result(operation, request, nanos);
    }

    /** Two operations timed in turns, so that whatever else the machine does weighs on both alike. */
    public Result[] timeAlternating(String operationA, String requestA, Call a, Predicate<String> validA,
            String operationB, String requestB, Call b, Predicate<String> validB, int warmup, int requests)
            throws IOException, InterruptedException {
        for (int i = 0; i < warmup; i++) {
            require(operationA, a.run(), validA);
            require(operationB, b.run(), validB);
        }
        long[] nanosA = new long[requests];
        long[] nanosB = new long[requests];
        for (int i = 0; i < requests; i++) {
            long started = System.nanoTime();
            String body = a.run();
            nanosA[i] = System.nanoTime() - started;
            require(operationA, body, validA);
            started = System.nanoTime();
            body = b.run();
            nanosB[i] = System.nanoTime() - started;
            require(operationB, body, validB);
        }
        System.err.printf(Locale.ROOT, "bench: %-55s done%n", operationA + " / " + operationB.replaceFirst("^\\d+\\. ", ""));
        return new Result[] {new Result(operationA, requestA, nanosA), new Result(operationB, requestB, nanosB)};
    }

    private static void require(String operation, String body, Predicate<String> valid) {
        if (!valid.test(body)) {
            throw new IllegalStateException(operation + ": unexpected answer " + body.substring(0, Math.min(600, body.length())));
        }
    }

    public String get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    public String post(String path, String json) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    private String send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request.header("Authorization", "Bearer " + token)
                .header("Accept", "application/json").timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() != 200) {
            throw new IllegalStateException(response.request().method() + " " + response.request().uri() + " answered "
                    + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    /** The results as a Markdown table in milliseconds, then the request of each. */
    public static String table(List<Result> results) {
        StringBuilder out = new StringBuilder("| operation | n | mean | p50 | p99 | max |\n|---|---:|---:|---:|---:|---:|\n");
        for (Result result : results) {
            out.append(String.format(Locale.ROOT, "| %s | %d | %.2f | %.2f | %.2f | %.2f |%n", result.operation(),
                    result.nanos().length, result.mean() / 1e6, result.percentile(50) / 1e6, result.percentile(99) / 1e6,
                    result.percentile(100) / 1e6));
        }
        return out.toString();
    }

    public static String requests(List<Result> results) {
        StringBuilder out = new StringBuilder("\nRequests:\n\n");
        for (Result result : results) {
            out.append("- ").append(result.operation()).append(": `").append(result.request()).append("`\n");
        }
        return out.toString();
    }

    /** Prints the report and writes it to {@code --out} when given. */
    public static void report(Map<String, String> options, String report) throws IOException {
        System.out.print(report);
        if (options.containsKey("out")) {
            Files.writeString(Path.of(options.get("out")), report, StandardCharsets.UTF_8);
        }
    }

    public static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException | RuntimeException unknown) {
            return "unknown";
        }
    }

    private static final Pattern NEXT = Pattern.compile("\"next\"\\s*:\\s*\"([^\"]+)\"");

    /** The cursor of the next page, or null on the last. */
    public static String next(String body) {
        Matcher matcher = NEXT.matcher(body);
        return matcher.find() ? matcher.group(1) : null;
    }

    public static int count(String body, String needle) {
        int found = 0;
        for (int at = body.indexOf(needle); at >= 0; at = body.indexOf(needle, at + needle.length())) {
            found++;
        }
        return found;
    }

    /** An RS256 JWT for the OFFICE role, valid for two hours, signed with the benchmark's own key. */
    public static String mint(Path privateKeyPem, String issuer) throws Exception {
        String pem = Files.readString(privateKeyPem).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        PrivateKey key = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
        long now = Instant.now().getEpochSecond();
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String header = b64.encodeToString("{\"alg\":\"RS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        String payload = b64.encodeToString(String.format(Locale.ROOT,
                "{\"iss\":\"%s\",\"sub\":\"bench-office\",\"upn\":\"bench-office\",\"groups\":[\"OFFICE\"],\"iat\":%d,\"exp\":%d}",
                issuer, now, now + 7200).getBytes(StandardCharsets.UTF_8));
        Signature signature = Signature.getInstance("SHA256withRSA");
        signature.initSign(key);
        signature.update((header + "." + payload).getBytes(StandardCharsets.UTF_8));
        return header + "." + payload + "." + b64.encodeToString(signature.sign());
    }
}
