import java.io.BufferedWriter;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.xuncha.bench.BenchClient;

/**
 * The client of bench/imports/kinds.sh. Two commands:
 *
 * <pre>
 * cadres OUT.xlsx OUT.csv ROWS TOWNSHIPS VILLAGES   the cadre file, as a workbook (SXSSF, a row at a time) and
 *                                                   the same rows as CSV for psql \copy
 * import BASE KEY ISSUER PATH FILE CONTENT-TYPE     uploads FILE to PATH, polls the job until it ends, prints
 *                                                   one line of key=value figures
 * </pre>
 *
 * A cadre row names a township as its home organization and a village of it as its home locality,
 * two skills, two postings and a relative, so every reference the import resolves is exercised.
 * Compiled against BenchClient and the POI jars of the packaged round-service.
 */
public final class KindsBench {

    static final String[] HEADER = {"干部编码", "姓名", "来源系统", "职级", "工作单位编码", "籍贯编码", "专长", "任职经历", "亲属任职"};
    static final String[] SOURCES = {"纪检监察", "组织", "巡察机构", "审计", "财政"};
    static final String[] RANKS = {"正科级", "副科级", "一级主任科员", "二级主任科员"};
    static final String[] SKILLS = {"纪检", "财务", "审计", "法律", "工程", "组织人事"};

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "cadres" -> cadres(Path.of(args[1]), Path.of(args[2]), Integer.parseInt(args[3]),
                    Integer.parseInt(args[4]), Integer.parseInt(args[5]));
            case "import" -> upload(args[1], args[2], args[3], args[4], Path.of(args[5]), args[6]);
            default -> throw new IllegalArgumentException("no command " + args[0]);
        }
    }

    static String[] cadre(int i, int townships, int villages) {
        int township = i % townships + 1;
        int village = i / townships % villages + 1;
        int other = (i + 7) % townships + 1;
        return new String[] {String.format(Locale.ROOT, "C-%07d", i), "干部" + i, SOURCES[i % SOURCES.length],
                RANKS[i % RANKS.length], "B-" + township, "B-" + township + "-" + village,
                SKILLS[i % SKILLS.length] + ";" + SKILLS[(i + 1) % SKILLS.length],
                "B-" + other + "|副镇长|2015-03-01|2019-12-31;B-" + township + "|镇长|2020-01-01|",
                "亲属" + i + "|配偶|B-" + other + "-" + village + "|会计"};
    }

    static void cadres(Path xlsx, Path csv, int rows, int townships, int villages) throws Exception {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200);
                OutputStream out = Files.newOutputStream(xlsx);
                BufferedWriter text = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            workbook.setCompressTempFiles(true);
            Sheet sheet = workbook.createSheet("cadres");
            write(sheet.createRow(0), HEADER);
            text.write(String.join(",", HEADER));
            text.newLine();
            for (int i = 1; i <= rows; i++) {
                String[] values = cadre(i, townships, villages);
                write(sheet.createRow(i), values);
                text.write(String.join(",", values));
                text.newLine();
            }
            workbook.write(out);
            workbook.dispose();
        }
    }

    private static void write(Row row, String[] values) {
        for (int c = 0; c < values.length; c++) {
            row.createCell(c).setCellValue(values[c]);
        }
    }

    static void upload(String base, String key, String issuer, String path, Path file, String contentType)
            throws Exception {
        String token = BenchClient.mint(Path.of(key), issuer);
        HttpClient http = HttpClient.newHttpClient();
        long started = System.nanoTime();
        HttpResponse<String> accepted = http.send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofFile(file)).build(), HttpResponse.BodyHandlers.ofString());
        long answered = System.nanoTime();
        if (accepted.statusCode() != 202) {
            throw new IllegalStateException("upload answered " + accepted.statusCode() + ": " + accepted.body());
        }
        String job = URI.create(accepted.headers().firstValue("Location").orElseThrow()).getPath();
        String body;
        while (true) {
            body = http.send(HttpRequest.newBuilder(URI.create(base + job)).header("Authorization", "Bearer " + token)
                    .GET().build(), HttpResponse.BodyHandlers.ofString()).body();
            String state = field(body, "state");
            if (!state.equals("QUEUED") && !state.equals("RUNNING")) {
                break;
            }
            Thread.sleep(200);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        long read = Long.parseLong(field(body, "rowsRead"));
        System.out.printf(Locale.ROOT, "state=%s rowsRead=%d rowsAccepted=%s rowsRejected=%s rowsInserted=%s rowsUpdated=%s"
                        + " rowsUnchanged=%s upload_to_202=%.2fs upload_to_end=%.2fs rows_per_second=%.0f reported=%s%n",
                field(body, "state"), read, field(body, "rowsAccepted"), field(body, "rowsRejected"),
                field(body, "rowsInserted"), field(body, "rowsUpdated"), field(body, "rowsUnchanged"),
                (answered - started) / 1e9, seconds, read / seconds, field(body, "rowsPerSecond"));
        if (!field(body, "state").equals("SUCCEEDED") || !field(body, "rowsRejected").equals("0")) {
            System.err.println("bench: the job did not import every row: " + body);
        }
    }

    private static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":\"?([^\",}]*)").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no " + name + " in " + json);
        }
        return m.group(1);
    }
}
