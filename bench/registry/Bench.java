import static org.xuncha.bench.BenchClient.count;
import static org.xuncha.bench.BenchClient.fixture;
import static org.xuncha.bench.BenchClient.loadAverage;
import static org.xuncha.bench.BenchClient.next;
import static org.xuncha.bench.BenchClient.options;
import static org.xuncha.bench.BenchClient.report;
import static org.xuncha.bench.BenchClient.requests;
import static org.xuncha.bench.BenchClient.table;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.xuncha.bench.BenchClient;
import org.xuncha.bench.BenchClient.Result;

/**
 * The measuring client of the registry benchmark: sequential requests, one connection, client-side
 * latency from sending the request to having read the whole body (the mechanics are
 * bench/lib/BenchClient.java's). JDK 17, no dependencies:
 *
 * <pre>java -cp <classes of Bench.java and BenchClient.java> Bench --base URL --key private.pem --issuer ISS --fixture fixture.properties
 *      [--requests 300] [--warmup 100] [--out results.md]</pre>
 */
public class Bench {

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        Properties fixture = fixture(options);
        int requests = Integer.parseInt(options.getOrDefault("requests", "300"));
        int warmup = Integer.parseInt(options.getOrDefault("warmup", "100"));
        BenchClient bench = BenchClient.of(options);

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
        out.append(table(results));
        out.append(requests(results));
        out.append(String.format(Locale.ROOT, "%nAnswers: coverage %s; avoidance check: %d conflicts (POSTING %d, KINSHIP %d, REGION %d); "
                        + "name search: %d organizations.%n", coverageBody.strip(), count(avoidanceBody, "\"ground\""),
                count(avoidanceBody, "\"POSTING\""), count(avoidanceBody, "\"KINSHIP\""), count(avoidanceBody, "\"REGION\""),
                count(nameBody, "\"cityDirected\"")));
        report(options, out.toString());
    }

    static String quoted(List<String> ids) {
        return String.join(",", ids.stream().map(id -> "\"" + id + "\"").toList());
    }
}
