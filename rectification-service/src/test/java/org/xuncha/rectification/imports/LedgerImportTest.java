package org.xuncha.rectification.imports;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.xuncha.contract.EventEnvelope;
import org.xuncha.contract.EventTypes;
import org.xuncha.contract.round.FeedbackIssued;
import org.xuncha.rectification.CaseFixtures;
import org.xuncha.rectification.Driver;
import org.xuncha.rectification.deadline.DeadlineWatch;
import org.xuncha.testing.SampleEvents;

/**
 * A historical ledger imported into the case a historical FeedbackIssued opened, through the HTTP
 * endpoint, on the real PostgreSQL and broker: the case and its items take the ledger's states,
 * money and closure dates; nothing of it is overdue against today; the events a live case sends go
 * out; a row whose case has not arrived and a bad value are rejected rows while the rest is kept;
 * the same file again changes nothing.
 */
@QuarkusTest
class LedgerImportTest {

    private final CaseFixtures fixtures;
    private final Driver driver;
    private final DeadlineWatch watch;

    LedgerImportTest(CaseFixtures fixtures, Driver driver, DeadlineWatch watch) {
        this.fixtures = fixtures;
        this.driver = driver;
        this.watch = watch;
    }

    /** Feedback of an earlier round, as round-service's history import sends it: three numbered findings. */
    private EventEnvelope<FeedbackIssued> historicalFeedback(String inspectionNumber) {
        FeedbackIssued live = SampleEvents.feedbackIssued(3, "pl-" + UUID.randomUUID(), "lic-" + UUID.randomUUID()).payload();
        List<FeedbackIssued.Finding> numbered = java.util.stream.IntStream.range(0, 3)
                .mapToObj(i -> {
                    FeedbackIssued.Finding f = live.findings().get(i);
                    return new FeedbackIssued.Finding(f.findingId(), f.categoryCode(), f.categoryName(), f.description(),
                            f.moneyInvolved(), inspectionNumber + "-00" + (i + 1));
                }).toList();
        FeedbackIssued historical = new FeedbackIssued(live.feedbackId(), live.inspectionId(), live.round(), live.team(),
                live.organization(), live.principalLeader(), live.leaderInCharge(),
                OffsetDateTime.of(2019, 5, 20, 12, 0, 0, 0, ZoneOffset.ofHours(8)), numbered, live.secretaryPoints(),
                live.accountabilityPoints(), inspectionNumber, true);
        return EventEnvelope.of(EventTypes.FEEDBACK_ISSUED, live.organization().id().toString(), historical.issuedAt(),
                historical);
    }

    /**
     * The case the feedback opened. The first case of a fresh broker waits for the consumer group to
     * take its partitions, which on a busy machine takes longer than CaseFixtures' 20 seconds.
     */
    private JsonPath opened(EventEnvelope<FeedbackIssued> feedback) {
        return org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(200))
                .until(() -> {
                    JsonPath page = driver.as(driver.office()).queryParam("inspectionId", feedback.payload().inspectionId())
                            .get("/cases").then().statusCode(200).extract().jsonPath();
                    return page.getList("items").isEmpty() ? null : driver.readCase(page.getString("items[0].id"));
                }, java.util.Objects::nonNull);
    }

    private static String ledger(String number) {
        return String.join("\n",
                "类别,巡察编号,问题编号,事项来源,问题描述,单位签收日期,主要负责人签收日期,分管领导签收日期,整改方案报送日期,"
                        + "整改报告报送日期,销号日期,整改措施,责任人,整改类型,整改期限,状态,挽回经济损失,建章立制,追责问责人数",
                "事项," + number + "," + number + "-001,,,,,,,,2019-07-15,资金收回并纳入三资平台,张三,限期整改,2019-06-30,已销号,"
                        + "126000.00,2,1",
                "事项," + number + "," + number + "-002,,,,,,,,,健全村务公开制度,李四,长期坚持,2019-12-31,整改中,,,",
                "事项," + number + "," + number + "-003,,,,,,,,2019-08-10,退还违规发放补贴,王五,立行立改,,已销号,5000.50,1,0",
                "案件," + number + ",,,,2019-05-21,2019-05-21,2019-05-22,2019-06-01,2019-07-20,2019-09-30,,,,,已办结,,,",
                "案件," + number + "-GONE,,,,2019-05-21,2019-05-21,2019-05-22,,,,,,,,,,,",
                "事项," + number + "," + number + "-S1,书记点人点事,村书记违规兼职,,,,,,,已清理,赵六,立行立改,,整改中,十二万,,",
                "");
    }

    private Response upload(String file, UUID termId, boolean dryRun) {
        return upload(file, termId, dryRun, false);
    }

    private Response upload(String file, UUID termId, boolean dryRun, boolean allOrNothing) {
        return given().auth().oauth2(driver.office()).contentType("text/csv")
                .queryParam("termId", termId).queryParam("dryRun", dryRun).queryParam("allOrNothing", allOrNothing)
                .body(file.getBytes(StandardCharsets.UTF_8)).post("/imports/ledgers");
    }

    private JsonPath ended(Response queued) {
        assertThat(queued.statusCode()).as(queued.asString()).isEqualTo(202);
        String path = java.net.URI.create(queued.header("Location")).getPath();
        for (int attempt = 0; attempt < 600; attempt++) {
            JsonPath job = driver.as(driver.office()).get(path).then().statusCode(200).extract().jsonPath();
            if (!List.of("QUEUED", "RUNNING").contains(job.getString("state"))) {
                return job;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new AssertionError(interrupted);
            }
        }
        throw new AssertionError("the import did not end");
    }

    @Test
    void underOneIdempotencyKeyTheSameLedgerIsOneJobAndAnotherIsRefused() {
        String number = "QH-" + UUID.randomUUID().toString().substring(0, 8);
        EventEnvelope<FeedbackIssued> feedback = historicalFeedback(number);
        fixtures.publish(feedback);
        opened(feedback);
        UUID termId = feedback.payload().round().termId();
        String key = UUID.randomUUID().toString();

        Response first = keyed(key, ledger(number), termId);
        JsonPath job = ended(first);
        Response retry = keyed(key, ledger(number), termId);
        assertThat(retry.statusCode()).isEqualTo(202);
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.jsonPath().getString("id")).isEqualTo(job.getString("id"));

        Response other = keyed(key, ledger(number) + "\n", termId);
        assertThat(other.statusCode()).isEqualTo(422);
        assertThat(other.jsonPath().getString("type")).isEqualTo("urn:xuncha:problem:idempotency-key-reused");
    }

    private Response keyed(String key, String file, UUID termId) {
        return given().auth().oauth2(driver.office()).contentType("text/csv").header("Idempotency-Key", key)
                .queryParam("termId", termId).queryParam("dryRun", true)
                .body(file.getBytes(StandardCharsets.UTF_8)).post("/imports/ledgers");
    }

    @Test
    void aLedgerImportedIntoAHistoricalCaseGivesItsStatesMoneyAndClosingAndTheSameFileAgainChangesNothing() {
        String number = "QH-" + UUID.randomUUID().toString().substring(0, 8);
        EventEnvelope<FeedbackIssued> feedback = historicalFeedback(number);
        fixtures.publish(feedback);
        JsonPath opened = opened(feedback);
        String caseId = opened.getString("id");
        UUID termId = feedback.payload().round().termId();
        assertThat(opened.getBoolean("historical")).isTrue();
        assertThat(opened.getString("inspectionNumber")).isEqualTo(number);

        // a dry run reports the same and writes nothing
        JsonPath dry = ended(upload(ledger(number), termId, true));
        assertThat(dry.getString("state")).isEqualTo("SUCCEEDED");
        assertThat(dry.getLong("rowsRejected")).isEqualTo(2);
        assertThat(driver.readCase(caseId).getString("state")).isEqualTo("AWAITING_SIGNOFF");

        JsonPath job = ended(upload(ledger(number), termId, false));
        assertThat(job.getString("state")).isEqualTo("SUCCEEDED");
        assertThat(job.getLong("rowsRead")).isEqualTo(6);
        assertThat(job.getLong("rowsAccepted")).isEqualTo(4);
        assertThat(job.getLong("rowsRejected")).isEqualTo(2);
        assertThat(job.getLong("rowsUpdated")).isEqualTo(4);
        JsonPath errors = driver.as(driver.office()).get("/imports/{id}/errors", job.getString("id"))
                .then().statusCode(200).extract().jsonPath();
        assertThat(errors.getList("items.row", Integer.class)).containsExactly(6, 7);
        assertThat(errors.getList("items.column", String.class)).containsExactly("inspectionNumber", "moneyRecovered");
        assertThat(errors.getString("items[0].reason")).contains("no case for term " + termId + " inspection " + number
                + "-GONE yet").contains("round-service");
        String rejected = driver.as(driver.office()).get("/imports/{id}/rejected", job.getString("id"))
                .then().statusCode(200).extract().asString();
        assertThat(rejected).contains("错误原因").contains(number + "-GONE").contains("十二万");

        JsonPath closed = driver.readCase(caseId);
        assertThat(closed.getString("state")).isEqualTo("CLOSED");
        assertThat(closed.getString("closedAt")).startsWith("2019-09-30");
        assertThat(closed.getString("signedOffAt")).startsWith("2019-05-22");
        assertThat(closed.getList("signatures")).hasSize(3);
        assertThat(closed.getString("plan.submittedAt")).startsWith("2019-06-01");
        assertThat(closed.getString("report.reportedAt")).startsWith("2019-07-20");
        assertThat(closed.getInt("report.itemsFedBack")).isEqualTo(3);
        assertThat(closed.getInt("report.itemsClosed")).as("closed by the report's day").isEqualTo(1);
        Map<String, Map<String, Object>> items = driver.as(driver.office()).get("/cases/{id}/ledger", caseId)
                .then().statusCode(200).extract().jsonPath().<Map<String, Object>>getList("items").stream()
                .collect(Collectors.toMap(item -> (String) item.get("itemNumber"), item -> item));
        assertThat(items).containsOnlyKeys(number + "-001", number + "-002", number + "-003");
        assertThat(items.get(number + "-001")).containsEntry("state", "CLOSED").containsEntry("term", "DEADLINE")
                .containsEntry("rulesEstablished", 2).containsEntry("personsHeldAccountable", 1);
        assertThat(items.get(number + "-001").get("closedAt").toString()).startsWith("2019-07-15");
        assertThat(items.get(number + "-002")).containsEntry("state", "IN_PROGRESS").containsEntry("term", "LONG_TERM");
        assertThat(items.get(number + "-003").get("moneyRecovered").toString()).isEqualTo("5000.5");

        // the ledger's deadlines are a record: nothing of the case is overdue against today
        watch.check();
        assertThat(driver.readCase(caseId).getBoolean("overdue")).isFalse();
        JsonPath figures = driver.figures("termId", termId);
        assertThat(figures.getLong("cases")).isEqualTo(1);
        assertThat(figures.getLong("casesClosed")).isEqualTo(1);
        assertThat(figures.getLong("casesOverdue")).isZero();
        assertThat(figures.getLong("itemsOverdue")).isZero();
        assertThat(figures.getString("moneyRecovered")).isEqualTo("131000.5");
        assertThat(figures.getLong("rulesEstablished")).isEqualTo(3);
        assertThat(figures.getLong("personsHeldAccountable")).isEqualTo(1);
        assertThat(figures.getLong("afterSupervision.itemsClosed")).isEqualTo(2);
        assertThat(figures.getLong("atFirstReport.itemsClosed")).isEqualTo(1);

        // round-service follows the case as a live one
        driver.awaitEvent("SignOffCompleted", caseId);
        assertThat(driver.awaitEvent("LedgerItemClosed", caseId)).hasSize(2);
        driver.awaitEvent("RectificationReported", caseId);
        driver.awaitEvent("CaseClosed", caseId);

        long version = driver.readCase(caseId).getLong("version");
        JsonPath again = ended(upload(ledger(number), termId, false));
        assertThat(again.getString("state")).isEqualTo("SUCCEEDED");
        assertThat(again.getLong("rowsUnchanged")).isEqualTo(4);
        assertThat(again.getLong("rowsUpdated")).isZero();
        assertThat(again.getLong("rowsInserted")).isZero();
        assertThat(driver.readCase(caseId).getLong("version")).isEqualTo(version);
        assertThat(driver.events("CaseClosed", caseId, Duration.ofSeconds(2))).hasSize(1);
        assertThat(driver.events("LedgerItemClosed", caseId, Duration.ofSeconds(1))).hasSize(2);
    }

    /** The same ledger as an Excel workbook, the way an office keeps it: read as its CSV is, rejected rows as a workbook. */
    @Test
    void aLedgerWorkbookImportsAsItsCsvDoes() throws java.io.IOException {
        String number = "QH-" + UUID.randomUUID().toString().substring(0, 8);
        EventEnvelope<FeedbackIssued> feedback = historicalFeedback(number);
        fixtures.publish(feedback);
        String caseId = opened(feedback).getString("id");
        byte[] workbook;
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(); var out = new java.io.ByteArrayOutputStream()) {
            var sheet = book.createSheet("ledgers");
            String[] lines = ledger(number).split("\n");
            for (int r = 0; r < lines.length; r++) {
                String[] cells = lines[r].split(",", -1);
                var row = sheet.createRow(r);
                for (int c = 0; c < cells.length; c++) {
                    if (!cells[c].isEmpty()) {
                        row.createCell(c).setCellValue(cells[c]);
                    }
                }
            }
            book.write(out);
            workbook = out.toByteArray();
        }

        JsonPath job = ended(given().auth().oauth2(driver.office())
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .queryParam("termId", feedback.payload().round().termId()).body(workbook).post("/imports/ledgers"));
        assertThat(job.getString("format")).isEqualTo("xlsx");
        assertThat(job.getLong("rowsRead")).isEqualTo(6);
        assertThat(job.getLong("rowsAccepted")).isEqualTo(4);
        assertThat(job.getLong("rowsRejected")).isEqualTo(2);
        assertThat(driver.readCase(caseId).getString("state")).isEqualTo("CLOSED");
        Response rejected = driver.as(driver.office()).get("/imports/{id}/rejected", job.getString("id"));
        assertThat(rejected.statusCode()).isEqualTo(200);
        assertThat(rejected.contentType()).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(rejected.asInputStream())) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).as("the header and the two rejected rows").isEqualTo(2);
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo(number + "-GONE");
        }
    }

    @Test
    void aLedgerThatMovesWhatIsRecordedOrContradictsItselfIsRefusedRowByRow() {
        String number = "QH-" + UUID.randomUUID().toString().substring(0, 8);
        EventEnvelope<FeedbackIssued> feedback = historicalFeedback(number);
        fixtures.publish(feedback);
        String caseId = opened(feedback).getString("id");
        UUID termId = feedback.payload().round().termId();
        String header = "kind,inspectionNumber,itemNumber,organizationSignedOn,principalLeaderSignedOn,"
                + "leaderInChargeSignedOn,reportedOn,closedOn,measures,term,deadline,state\n";
        JsonPath first = ended(upload(header
                + "case," + number + ",,2019-05-21,2019-05-21,,,,,,,\n"
                + "item," + number + "," + number + "-001,,,,,,清理,DEADLINE,,OPEN\n"
                + "item," + number + "," + number + "-002,,,,,,清理,IMMEDIATE,,IN_PROGRESS\n", termId, false));
        assertThat(first.getLong("rowsRejected")).isEqualTo(2);
        List<String> reasons = driver.as(driver.office()).get("/imports/{id}/errors", first.getString("id"))
                .then().statusCode(200).extract().jsonPath().getList("items.column", String.class);
        assertThat(reasons).containsExactly("deadline", "state");

        JsonPath second = ended(upload(header
                + "case," + number + ",,2019-05-23,2019-05-21,2019-05-22,,,,,,RECTIFYING\n"
                + "case," + number + ",,2019-05-21,2019-05-21,2019-05-22,,2019-09-30,,,,\n", termId, false));
        List<String> columns = driver.as(driver.office()).get("/imports/{id}/errors", second.getString("id"))
                .then().statusCode(200).extract().jsonPath().getList("items.column", String.class);
        assertThat(columns).as("a moved signature, then the same case twice").containsExactly("organizationSignedOn",
                "inspectionNumber");
        JsonPath unchanged = driver.readCase(caseId);
        assertThat(unchanged.getString("state")).isEqualTo("AWAITING_SIGNOFF");
        assertThat(unchanged.getList("signatures")).hasSize(2);
    }

    @Test
    void aCaseClosesOnlyWithItsItemsDoneAndAClosedItemOrAContradictoryStateIsRefused() {
        String number = "QH-" + UUID.randomUUID().toString().substring(0, 8);
        EventEnvelope<FeedbackIssued> feedback = historicalFeedback(number);
        fixtures.publish(feedback);
        String caseId = opened(feedback).getString("id");
        UUID termId = feedback.payload().round().termId();
        String header = "kind,inspectionNumber,itemNumber,organizationSignedOn,principalLeaderSignedOn,"
                + "leaderInChargeSignedOn,reportedOn,closedOn,measures,term,deadline,state,moneyRecovered\n";
        String early = header
                + "case," + number + ",,2019-05-21,2019-05-21,2019-05-22,2019-07-20,2019-09-30,,,,,\n"
                + "item," + number + "," + number + "-001,,,,,2019-07-01,清理,IMMEDIATE,,CLOSED,100\n"
                + "item," + number + "," + number + "-002,,,,,,清理,DEADLINE,2019-08-31,IN_PROGRESS,\n";
        JsonPath all = ended(upload(early, termId, false, true));
        assertThat(all.getString("state")).as("all or nothing, and a row was rejected").isEqualTo("FAILED");
        assertThat(all.getLong("rowsRejected")).isEqualTo(1);
        assertThat(driver.readCase(caseId).getString("state")).isEqualTo("AWAITING_SIGNOFF");
        JsonPath kept = ended(upload(early, termId, false));
        List<Map<String, Object>> errors = driver.as(driver.office()).get("/imports/{id}/errors", kept.getString("id"))
                .then().statusCode(200).extract().jsonPath().getList("items");
        assertThat(errors).singleElement().satisfies(error -> {
            assertThat(error).containsEntry("row", 2).containsEntry("column", "closedOn");
            assertThat((String) error.get("reason")).contains("2 item(s)").contains("neither closed nor long-term");
        });
        JsonPath rectifying = driver.readCase(caseId);
        assertThat(rectifying.getString("state")).as("the signatures stay, the report and closing do not")
                .isEqualTo("RECTIFYING");
        assertThat(rectifying.getString("closedAt")).isNull();

        JsonPath later = ended(upload(header
                + "case," + number + ",,,,,,,,,,CLOSED,\n"
                + "item," + number + "," + number + "-001,,,,,2019-07-01,清理,IMMEDIATE,,CLOSED,200\n", termId, false));
        List<String> columns = driver.as(driver.office()).get("/imports/{id}/errors", later.getString("id"))
                .then().statusCode(200).extract().jsonPath().getList("items.column", String.class);
        assertThat(columns).containsExactly("state", null);
        assertThat(driver.as(driver.office()).get("/cases/{id}/ledger", caseId).then().statusCode(200).extract().jsonPath()
                .getList("items.moneyRecovered").stream().map(String::valueOf).toList()).contains("100.0");
    }

    /** The template an office downloads, fills in (the example row's numbers made its own, its case's row added) and uploads. */
    @Test
    void theLedgerTemplateFilledInAndUploadedIsImported() throws java.io.IOException {
        String xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        Response download = given().auth().oauth2(driver.office()).get("/imports/templates/ledgers.xlsx");
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.contentType()).startsWith(xlsx);
        assertThat(download.header("Content-Disposition")).contains("ledgers.xlsx");
        given().auth().oauth2(org.xuncha.testing.Tokens.as("UNIT").sign()).get("/imports/templates/ledgers.xlsx")
                .then().statusCode(403);

        String number = "QH-" + UUID.randomUUID().toString().substring(0, 8);
        EventEnvelope<FeedbackIssued> feedback = historicalFeedback(number);
        fixtures.publish(feedback);
        String caseId = opened(feedback).getString("id");
        byte[] filled;
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(download.asInputStream());
                var out = new java.io.ByteArrayOutputStream()) {
            var sheet = book.getSheet("ledgers");
            var header = sheet.getRow(0);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("类别");
            assertThat(header.getCell(0).getCellComment().getString().getString()).startsWith("kind (required)");
            assertThat(header.getCell(1).getStringCellValue()).isEqualTo("巡察编号");
            Map<String, List<String>> dropDowns = new java.util.TreeMap<>();
            for (var validation : sheet.getDataValidations()) {
                List<String> offered = new java.util.ArrayList<>();
                for (var cell : new org.apache.poi.ss.util.AreaReference(validation.getValidationConstraint().getFormula1(),
                        book.getSpreadsheetVersion()).getAllReferencedCells()) {
                    offered.add(book.getSheet(cell.getSheetName()).getRow(cell.getRow()).getCell(cell.getCol())
                            .getStringCellValue());
                }
                int column = validation.getRegions().getCellRangeAddress(0).getFirstColumn();
                dropDowns.put(header.getCell(column).getStringCellValue(), offered);
            }
            assertThat(dropDowns).containsOnlyKeys("类别", "事项来源", "整改类型", "状态");
            assertThat(dropDowns.get("类别")).containsExactly("案件", "事项");
            assertThat(dropDowns.get("整改类型")).containsExactly("立行立改", "限期整改", "长期坚持");
            assertThat(dropDowns.get("状态")).contains("整改中", "已销号");
            var example = sheet.getRow(1);
            assertThat(example.getCell(0).getStringCellValue()).isEqualTo("事项");
            example.getCell(1).setCellValue(number);
            example.getCell(2).setCellValue(number + "-001");
            // and, as an office fills it in, the row of the item's case: its three signatures (an item closes only
            // in a signed-off case)
            Map<String, Integer> at = new java.util.HashMap<>();
            header.forEach(cell -> at.put(cell.getStringCellValue(), cell.getColumnIndex()));
            var caseRow = sheet.createRow(2);
            Map.of("类别", "案件", "巡察编号", number, "单位签收日期", "2019-05-21", "主要负责人签收日期", "2019-05-21",
                    "分管领导签收日期", "2019-05-22").forEach((column, value) -> caseRow.createCell(at.get(column)).setCellValue(value));
            book.write(out);
            filled = out.toByteArray();
        }

        JsonPath job = ended(given().auth().oauth2(driver.office()).contentType(xlsx)
                .queryParam("termId", feedback.payload().round().termId()).body(filled).post("/imports/ledgers"));
        assertThat(job.getString("state")).isEqualTo("SUCCEEDED");
        assertThat(job.getLong("rowsRead")).isEqualTo(2);
        assertThat(job.getLong("rowsRejected")).as(() -> driver.as(driver.office())
                .get("/imports/{id}/errors", job.getString("id")).asString()).isZero();
        assertThat(job.getLong("rowsUpdated")).isEqualTo(2);
        Map<String, Object> item = driver.as(driver.office()).get("/cases/{id}/ledger", caseId).then().statusCode(200)
                .extract().jsonPath().<Map<String, Object>>getList("items").stream()
                .filter(found -> (number + "-001").equals(found.get("itemNumber"))).findFirst().orElseThrow();
        assertThat(item).containsEntry("state", "CLOSED").containsEntry("term", "DEADLINE").containsEntry("rulesEstablished", 2);
        assertThat(item.get("closedAt").toString()).startsWith("2019-07-15");
    }

    @jakarta.inject.Inject
    javax.sql.DataSource dataSource;

    @jakarta.inject.Inject
    LedgerImports imports;

    /** A restart mid-import: the job the stopped service left RUNNING says it wrote nothing and how to resume. */
    @Test
    void aJobLeftRunningByAStoppedServiceIsInterruptedAndSaysItWroteNothing() throws Exception {
        UUID id = UUID.randomUUID();
        try (var connection = dataSource.getConnection(); var insert = connection.prepareStatement("""
                insert into import_job (id, kind, format, dry_run, state, rows_read, created_at, started_at)
                values (?, 'ledgers', 'csv', false, 'RUNNING', 5000, now(), now())""")) {
            insert.setObject(1, id);
            insert.executeUpdate();
        }
        imports.recoverAfterRestart();
        JsonPath job = driver.as(driver.office()).get("/imports/{id}", id).then().statusCode(200).extract().jsonPath();
        assertThat(job.getString("state")).isEqualTo("INTERRUPTED");
        assertThat(job.getString("finishedAt")).isNotNull();
        assertThat(job.getString("failure")).contains("after 5000 rows read").contains("nothing was written")
                .contains("import the same file again");
        assertThat(job.getLong("rowsUpdated")).isZero();
        given().auth().oauth2(driver.office()).post("/imports/{id}/cancellation", id).then().statusCode(409);
    }
}
