import static org.xuncha.bench.BenchClient.count;
import static org.xuncha.bench.BenchClient.fixture;
import static org.xuncha.bench.BenchClient.loadAverage;
import static org.xuncha.bench.BenchClient.next;
import static org.xuncha.bench.BenchClient.options;
import static org.xuncha.bench.BenchClient.report;
import static org.xuncha.bench.BenchClient.requests;
import static org.xuncha.bench.BenchClient.table;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.xuncha.bench.BenchClient;
import org.xuncha.bench.BenchClient.Result;

/**
 * The measuring client of the findings and figures benchmark (issue #4): sequential requests, one
 * connection, client-side latency from sending the request to having read the whole body (the
 * mechanics are bench/lib/BenchClient.java's). JDK 17, no dependencies:
 *
 * <pre>java -cp <classes of Bench.java and BenchClient.java> Bench --base URL --key private.pem --issuer ISS --fixture fixture.properties
 *      [--requests 300] [--warmup 100] [--out results.md]</pre>
 *
 * Every answer is checked: the figures' finding count against the count of the findings themselves,
 * each page's size and first id, and the computed cursor of page 10,000 against the "next" the
 * service hands out on page 9,999.
 */
public class Bench {

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        Properties f = fixture(options);
        int requests = Integer.parseInt(options.getOrDefault("requests", "300"));
        int warmup = Integer.parseInt(options.getOrDefault("warmup", "100"));
        int extraWarmup = Math.min(warmup, 30);
        BenchClient bench = BenchClient.of(options);

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
        out.append(table(results));
        out.append(String.format(Locale.ROOT, "%nPage 10,000 ÷ page 1 of the term's list: p50 %.2f, p99 %.2f, mean %.2f "
                        + "(target: within 1.2). Deep page ÷ page 1 of the inspection's list: p50 %.2f, p99 %.2f.%n",
                ratio(term1, 50), ratio(term1, 99), term1[1].mean() / term1[0].mean(), ratio(inspection1, 50),
                ratio(inspection1, 99)));
        out.append(requests(results));
        out.append("\nThe figures of the term (checked: \"findings\" equals the count of non-draft findings, ")
                .append(termFindings).append("):\n\n```json\n").append(figuresBody.strip()).append("\n```\n");
        report(options, out.toString());
    }

    static String cursor(String lastId) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(lastId.getBytes(StandardCharsets.UTF_8));
    }

    static double ratio(Result[] pair, double p) {
        return (double) pair[1].percentile(p) / pair[0].percentile(p);
    }

    private static final Pattern FIRST_ID = Pattern.compile("\"items\"\\s*:\\s*\\[\\s*\\{\\s*\"id\"\\s*:\\s*\"([^\"]+)\"");

    static String firstId(String body) {
        Matcher matcher = FIRST_ID.matcher(body);
        return matcher.find() ? matcher.group(1) : "";
    }
}
