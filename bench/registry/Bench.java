import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
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
import java.util.ArrayList;
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
 * The measuring client of the registry benchmark: sequential requests, one connection, client-side
 * latency from sending the request to having read the whole body. JDK 17, no dependencies:
 *
 * <pre>java Bench.java --base URL --key private.pem --issuer ISS --fixture fixture.properties
 *      [--requests 300] [--warmup 100] [--out results.md]</pre>
 */
public class Bench {

    record Result(String operation, String request, long[] nanos) {
    }

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final String token;

    Bench(String base, String token) {
        this.base = base;
        this.token = token;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        Properties fixture = new Properties();
        try (var reader = Files.newBufferedReader(Path.of(options.get("fixture")), StandardCharsets.UTF_8)) {
            fixture.load(reader);
        }
        int requests = Integer.parseInt(options.getOrDefault("requests", "300"));
        int warmup = Integer.parseInt(options.getOrDefault("warmup", "100"));
        String token = mint(Path.of(options.get("key")), options.get("issuer"));
        Bench bench = new Bench(options.get("base"), token);

        String county = fixture.getProperty("county");
        String term = fixture.getProperty("term");
        String name = fixture.getProperty("name");
        List<String> cadres = Arrays.asList(fixture.getProperty("cadres").split(","));
        List<String> organizations = Arrays.asList(fixture.getProperty("organizations").split(","));
        if (cadres.size() != 10 || organizations.size() != 50) {
            throw new IllegalStateException("the fixture has " + cadres.size() + " cadres and " + organizations.size()
                    + " organizations; 10 and 50 expected");
        }

        String loadBefore = loadAverage();
        List<Result> results = new ArrayList<>();
        String firstPage = "/organizations?under=" + county + "&limit=50";

        // The cursor of page 1,000: walk pages 1 to 999 once, each cursor from the page before.
        long[] walk = new long[999];
        String cursor = null;
        for (int page = 1; page <= 999; page++) {
            String path = firstPage + (cursor == null ? "" : "&cursor=" + cursor);
            long started = System.nanoTime();
            String body = bench.get(path);
            walk[page - 1] = System.nanoTime() - started;
            cursor = next(body);
            if (cursor == null || count(body, "\"cityDirected\"") != 50) {
                throw new IllegalStateException("page " + page + " of the county is short: the subtree has fewer than 50,000 rows");
            }
        }
        String page1000 = firstPage + "&cursor=" + cursor;

        results.add(bench.time("Subtree search, first page", "GET " + firstPage, warmup, requests,
                () -> bench.get(firstPage), body -> count(body, "\"cityDirected\"") == 50 && next(body) != null));
        results.add(bench.time("Subtree search, page 1,000 (cursor)", "GET /organizations?under=<county>&limit=50&cursor=<page 1,000>",
                warmup, requests, () -> bench.get(page1000), body -> count(body, "\"cityDirected\"") == 50));
        results.add(new Result("Subtree walk, pages 1-999 once each (to get the cursor)", "the same, following `next`", walk));
        results.add(bench.time("Coverage rate of the term", "GET /coverage/" + term, warmup, requests,
                () -> bench.get("/coverage/" + term), body -> body.contains("\"inScope\"") && !body.contains("\"inScope\":0")));
        String check = "{\"cadreIds\":[" + quoted(cadres) + "],\"organizationIds\":[" + quoted(organizations) + "]}";
        results.add(bench.time("Avoidance check, 10 cadres x 50 organizations", "POST /avoidance-checks", warmup, requests,
                () -> bench.post("/avoidance-checks", check), body -> count(body, "\"ground\"") > 0));
        String byName = "/organizations?name=" + URLEncoder.encode(name, StandardCharsets.UTF_8) + "&under=" + county + "&limit=50";
        results.add(bench.time("Name search in the county (" + name + ")", "GET /organizations?name=" + name + "&under=<county>&limit=50",
                warmup, requests, () -> bench.get(byName), body -> count(body, "\"cityDirected\"") > 0));

        // Beside the four: the other coverage reads over the million-organization scope.
        int extraWarmup = Math.min(warmup, 20);
        int extraRequests = Math.min(requests, 200);
        results.add(bench.time("Uncovered organizations of the term, first page", "GET /coverage/" + term + "/uncovered?limit=50",
                extraWarmup, extraRequests, () -> bench.get("/coverage/" + term + "/uncovered?limit=50"),
                body -> body.contains("\"items\"")));
        results.add(bench.time("Candidates ranked by risk (top 20)", "GET /coverage/" + term + "/candidates?limit=20",
                extraWarmup, extraRequests, () -> bench.get("/coverage/" + term + "/candidates?limit=20"),
                body -> count(body, "\"score\"") == 20));
        results.add(bench.time("Three-year-rule breaches, first page", "GET /coverage/" + term + "/three-year-breaches?limit=50",
                extraWarmup, extraRequests, () -> bench.get("/coverage/" + term + "/three-year-breaches?limit=50"),
                body -> body.contains("\"items\"")));
        String loadAfter = loadAverage();

        String avoidanceBody = bench.post("/avoidance-checks", check);
        String coverageBody = bench.get("/coverage/" + term);
        String nameBody = bench.get(byName);

        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "Sequential requests on one connection, %d warm-up then %d timed per operation "
                + "(the last three lines: %d and %d); client-side latency in ms (request sent to body read). "
                + "%d cores; load average (1, 5, 15 min) %s before, %s after.%n%n", warmup, requests, extraWarmup, extraRequests,
                Runtime.getRuntime().availableProcessors(), loadBefore, loadAfter));
        out.append("| operation | n | mean | p50 | p99 | max |\n|---|---:|---:|---:|---:|---:|\n");
        for (Result result : results) {
            long[] sorted = result.nanos().clone();
            Arrays.sort(sorted);
            out.append(String.format(Locale.ROOT, "| %s | %d | %.2f | %.2f | %.2f | %.2f |%n", result.operation(), sorted.length,
                    Arrays.stream(sorted).average().orElse(0) / 1e6, percentile(sorted, 50) / 1e6, percentile(sorted, 99) / 1e6,
                    sorted[sorted.length - 1] / 1e6));
        }
        out.append("\nRequests:\n\n");
        for (Result result : results) {
            out.append("- ").append(result.operation()).append(": `").append(result.request()).append("`\n");
        }
        out.append(String.format(Locale.ROOT, "%nAnswers: coverage %s; avoidance check: %d conflicts (POSTING %d, KINSHIP %d, REGION %d); "
                        + "name search: %d organizations.%n", coverageBody.strip(), count(avoidanceBody, "\"ground\""),
                count(avoidanceBody, "\"POSTING\""), count(avoidanceBody, "\"KINSHIP\""), count(avoidanceBody, "\"REGION\""),
                count(nameBody, "\"cityDirected\"")));
        System.out.print(out);
        if (options.containsKey("out")) {
            Files.writeString(Path.of(options.get("out")), out.toString(), StandardCharsets.UTF_8);
        }
    }

    interface Call {
        String run() throws IOException, InterruptedException;
    }

    Result time(String operation, String request, int warmup, int requests, Call call, Predicate<String> valid)
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

    private static void require(String operation, String body, Predicate<String> valid) {
        if (!valid.test(body)) {
            throw new IllegalStateException(operation + ": unexpected answer " + body.substring(0, Math.min(400, body.length())));
        }
    }

    String get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    String post(String path, String json) throws IOException, InterruptedException {
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

    static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException | RuntimeException unknown) {
            return "unknown";
        }
    }

    /** Nearest-rank percentile of sorted values. */
    static long percentile(long[] sorted, double p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    private static final Pattern NEXT = Pattern.compile("\"next\"\\s*:\\s*\"([^\"]+)\"");

    static String next(String body) {
        Matcher matcher = NEXT.matcher(body);
        return matcher.find() ? matcher.group(1) : null;
    }

    static int count(String body, String needle) {
        int found = 0;
        for (int at = body.indexOf(needle); at >= 0; at = body.indexOf(needle, at + needle.length())) {
            found++;
        }
        return found;
    }

    static String quoted(List<String> ids) {
        return String.join(",", ids.stream().map(id -> "\"" + id + "\"").toList());
    }

    /** An RS256 JWT for the OFFICE role, valid for two hours, signed with the benchmark's own key. */
    static String mint(Path privateKeyPem, String issuer) throws Exception {
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
