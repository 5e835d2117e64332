import java.net.URI;
import org.xuncha.bench.BenchClient;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Uploads a CSV to POST /imports/organizations, polls the job until it ends and prints one line:
 * state, rows read/accepted/rejected/inserted, the seconds from the upload to its 202, to the last
 * change of rowsRead (the file staged) and to the end, and the rows a second the job itself reports. Arguments: base URL, private key PEM, issuer, CSV file, query.
 */
public final class ImportBench {

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String token = BenchClient.mint(Path.of(args[1]), args[2]);
        Path file = Path.of(args[3]);
        String query = args.length > 4 ? args[4] : "";
        HttpClient http = HttpClient.newHttpClient();
        long started = System.nanoTime();
        HttpResponse<String> accepted = http.send(HttpRequest.newBuilder(URI.create(base + "/imports/organizations" + query))
                .header("Authorization", "Bearer " + token).header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofFile(file)).build(), HttpResponse.BodyHandlers.ofString());
        long answered = System.nanoTime();
        if (accepted.statusCode() != 202) {
            throw new IllegalStateException("upload answered " + accepted.statusCode() + ": " + accepted.body());
        }
        String location = accepted.headers().firstValue("Location").orElseThrow();
        String path = URI.create(location).getPath();
        String body;
        String lastRead = "";
        long readChanged = answered;
        while (true) {
            body = http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token)
                    .GET().build(), HttpResponse.BodyHandlers.ofString()).body();
            String state = field(body, "state");
            if (!state.equals("QUEUED") && !state.equals("RUNNING")) {
                break;
            }
            String read = field(body, "rowsRead");
            if (!read.equals(lastRead)) {
                lastRead = read;
                readChanged = System.nanoTime();
            }
            Thread.sleep(50);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        // the last change of rowsRead while the job ran: the file staged (to within a chunk), the rest resolving and writing
        double staged = (readChanged - started) / 1e9;
        System.out.printf(java.util.Locale.ROOT,
                "state=%s rowsRead=%s rowsAccepted=%s rowsRejected=%s rowsInserted=%s rowsUnchanged=%s upload_to_202=%.2fs upload_to_staged=%.2fs"
                        + " upload_to_end=%.2fs rows_per_second_end_to_end=%.0f rowsPerSecond_reported=%s%n",
                field(body, "state"), field(body, "rowsRead"), field(body, "rowsAccepted"), field(body, "rowsRejected"),
                field(body, "rowsInserted"), field(body, "rowsUnchanged"), (answered - started) / 1e9, staged, seconds,
                Long.parseLong(field(body, "rowsRead")) / seconds, field(body, "rowsPerSecond"));
    }

    private static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":\"?([^\",}]*)").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no " + name + " in " + json);
        }
        return m.group(1);
    }
}
