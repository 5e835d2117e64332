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
 * The measuring client of the findings and figures benchmark (issue #4): sequential requests, one
 * connection, client-side latency from sending the request to having read the whole body. JDK 17,
 * no dependencies:
 *
 * <pre>java Bench.java --base URL --key private.pem --issuer ISS --fixture fixture.properties
 *      [--requests 300] [--warmup 100] [--out results.md]</pre>
 *
 * Every answer is checked: the figures' finding count against the count of the findings themselves,
 * each page's size and first id, and the computed cursor of page 10,000 against the "next" the
 * service hands out on page 9,999.
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
        Properties f = new Properties();
        try (var reader = Files.newBufferedReader(Path.of(options.get("fixture")), StandardCharsets.UTF_8)) {
            f.load(reader);
        }
        int requests = Integer.parseInt(options.getOrDefault("requests", "300"));
        int warmup = Integer.parseInt(options.getOrDefault("warmup", "100"));
        int extraWarmup = Math.min(warmup, 30);
        String token = mint(Path.of(options.get("key")), options.get("issuer"));
        Bench bench = new Bench(options.get("base"), token);

        String term = f.getProperty("term");
        String round = f.getProperty("round");
        String inspection = f.getProperty("inspection");
        int deepPage = Integer.parseInt(f.getProperty("inspectionDeepPage"));
        int inspectionFindings = Integer.parseInt(f.getProperty("inspectionFindings"));
        String termFindings = f.getProperty("termFindings");
        String roundFindings = f.getProperty("roundFindings");
        String townshipFindings = f.getProperty("townshipFindings");
        int teams = Integer.parseInt(f.getProperty("teams"));
        int cadres = Integer.parseInt(f.getProperty("cadres"));

        // The cursor is base64url (no padding) of the last id of the page before (platform Cursor.encode).
        String termList = "/findings?termId=" + term + "&limit=50";
        String page10000 = termList + "&cursor=" + cursor(f.getProperty("page10000After"));
        String page9999 = termList + "&cursor=" + cursor(f.getProperty("page9999After"));
        String inspectionList = "/findings?inspectionId=" + inspection + "&limit=50";
        String inspectionDeep = inspectionList + "&cursor=" + cursor(f.getProperty("inspectionDeepAfter"));

        // The computed cursor is the one the service hands out: page 9,999's "next" is page 10,000's cursor.
        String page9999Body = bench.get(page9999);
        if (!cursor(f.getProperty("page10000After")).equals(next(page9999Body)) || count(page9999Body, "\"categoryCode\"") != 50) {
            throw new IllegalStateException("page 9,999 does not lead to the computed cursor of page 10,000: " + next(page9999Body));
        }

        String loadBefore = loadAverage();
        List<Result> results = new ArrayList<>();
        String termFigures = "/figures?termId=" + term;
        results.add(bench.time("1. Figures of the term", "GET " + termFigures, warmup, requests,
                () -> bench.get(termFigures), body -> body.contains("\"findings\":" + termFindings + ",")
                        && body.contains("\"coverage\":{")));
        String roundFigures = "/figures?roundId=" + round;
        results.add(bench.time("Figures of round " + f.getProperty("roundNumber") + " (the largest)", "GET " + roundFigures,
                extraWarmup, requests, () -> bench.get(roundFigures),
                body -> body.contains("\"findings\":" + roundFindings + ",")));
        String townshipFigures = "/figures?termId=" + term + "&organizationType=TOWNSHIP";
        results.add(bench.time("Figures of the term, townships only", "GET " + townshipFigures, extraWarmup, requests,
                () -> bench.get(townshipFigures), body -> body.contains("\"findings\":" + townshipFindings + ",")));

        // The two pages of a list are timed in alternation, so that whatever else the machine does
        // weighs on both alike.
        Predicate<String> fullPage = body -> count(body, "\"categoryCode\"") == 50 && next(body) != null;
        String pageFirst = f.getProperty("pageFirst");
        String page10000First = f.getProperty("page10000First");
        Result[] term1 = bench.timeAlternating(
                "2. Findings of the term, page 1", "GET " + termList, () -> bench.get(termList),
                fullPage.and(body -> firstId(body).equals(pageFirst)),
                "2. Findings of the term, page 10,000 (cursor)", "GET " + termList + "&cursor=<page 10,000>",
                () -> bench.get(page10000), fullPage.and(body -> firstId(body).equals(page10000First)),
                warmup, requests);
        results.addAll(List.of(term1));
        String inspectionFirst = f.getProperty("inspectionFirst");
        String inspectionDeepFirst = f.getProperty("inspectionDeepFirst");
        Result[] inspection1 = bench.timeAlternating(
                "Findings of an inspection (" + inspectionFindings + "), page 1", "GET " + inspectionList,
                () -> bench.get(inspectionList), fullPage.and(body -> firstId(body).equals(inspectionFirst)),
                "Findings of the inspection, page " + deepPage + " (cursor)",
                "GET " + inspectionList + "&cursor=<page " + deepPage + ">", () -> bench.get(inspectionDeep),
                body -> count(body, "\"categoryCode\"") == 50 && firstId(body).equals(inspectionDeepFirst),
                extraWarmup, requests);
        results.addAll(List.of(inspection1));

        String teamFigures = "/figures/teams?termId=" + term;
        results.add(bench.time("Team performance of the term", "GET " + teamFigures, extraWarmup, requests,
                () -> bench.get(teamFigures), body -> count(body, "\"findingsFound\"") == teams));
        String cadreFigures = "/figures/cadres?termId=" + term;
        results.add(bench.time("Cadre performance of the term", "GET " + cadreFigures, extraWarmup, requests,
                () -> bench.get(cadreFigures), body -> count(body, "\"findingsFound\"") == cadres));
        String candidates = "/coverage/" + term + "/candidates?limit=20";
        results.add(bench.time("Coverage candidates ranked by risk (top 20; prior findings a signal)", "GET " + candidates,
                extraWarmup, requests, () -> bench.get(candidates), body -> count(body, "\"organizationId\"") == 20));
        String loadAfter = loadAverage();

        String figuresBody = bench.get(termFigures);

        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "Sequential requests on one connection, warm-up then %d timed per operation "
                + "(warm-up %d for lines 1 and 2, %d for the others); client-side latency in ms (request sent to body read). "
                + "%d cores; load average (1, 5, 15 min) %s before, %s after.%n%n", requests, warmup, extraWarmup,
                Runtime.getRuntime().availableProcessors(), loadBefore, loadAfter));
        out.append("| operation | n | mean | p50 | p99 | max |\n|---|---:|---:|---:|---:|---:|\n");
        for (Result result : results) {
            long[] sorted = sorted(result);
            out.append(String.format(Locale.ROOT, "| %s | %d | %.2f | %.2f | %.2f | %.2f |%n", result.operation(), sorted.length,
                    Arrays.stream(sorted).average().orElse(0) / 1e6, percentile(sorted, 50) / 1e6, percentile(sorted, 99) / 1e6,
                    sorted[sorted.length - 1] / 1e6));
        }
        out.append(String.format(Locale.ROOT, "%nPage 10,000 ÷ page 1 of the term's list: p50 %.2f, p99 %.2f, mean %.2f "
                        + "(target: within 1.2). Deep page ÷ page 1 of the inspection's list: p50 %.2f, p99 %.2f.%n",
                ratio(term1, 50), ratio(term1, 99), meanRatio(term1), ratio(inspection1, 50), ratio(inspection1, 99)));
        out.append("\nRequests:\n\n");
        for (Result result : results) {
            out.append("- ").append(result.operation()).append(": `").append(result.request()).append("`\n");
        }
        out.append("\nThe figures of the term (checked: \"findings\" equals the count of non-draft findings, ")
                .append(termFindings).append("):\n\n```json\n").append(figuresBody.strip()).append("\n```\n");
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

    Result[] timeAlternating(String operationA, String requestA, Call a, Predicate<String> validA,
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

    String get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + path)).GET()
                .header("Authorization", "Bearer " + token).header("Accept", "application/json")
                .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    static String cursor(String lastId) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(lastId.getBytes(StandardCharsets.UTF_8));
    }

    static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException | RuntimeException unknown) {
            return "unknown";
        }
    }

    static long[] sorted(Result result) {
        long[] sorted = result.nanos().clone();
        Arrays.sort(sorted);
        return sorted;
    }

    /** Nearest-rank percentile of sorted values. */
    static long percentile(long[] sorted, double p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    static double ratio(Result[] pair, double p) {
        return (double) percentile(sorted(pair[1]), p) / percentile(sorted(pair[0]), p);
    }

    static double meanRatio(Result[] pair) {
        return Arrays.stream(pair[1].nanos()).average().orElse(0) / Arrays.stream(pair[0].nanos()).average().orElse(1);
    }

    private static final Pattern NEXT = Pattern.compile("\"next\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern FIRST_ID = Pattern.compile("\"items\"\\s*:\\s*\\[\\s*\\{\\s*\"id\"\\s*:\\s*\"([^\"]+)\"");

    static String next(String body) {
        Matcher matcher = NEXT.matcher(body);
        return matcher.find() ? matcher.group(1) : null;
    }

    static String firstId(String body) {
        Matcher matcher = FIRST_ID.matcher(body);
        return matcher.find() ? matcher.group(1) : "";
    }

    static int count(String body, String needle) {
        int found = 0;
        for (int at = body.indexOf(needle); at >= 0; at = body.indexOf(needle, at + needle.length())) {
            found++;
        }
        return found;
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
