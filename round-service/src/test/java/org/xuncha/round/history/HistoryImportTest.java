package org.xuncha.round.history;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.xuncha.contract.Topics;
import org.xuncha.testing.RoundApi;
import org.xuncha.testing.Topic;

/**
 * A term's history imported from one file: rounds, teams, inspections with extensions, findings,
 * leads, reports and feedback are counted by coverage and the figures like live ones; re-importing
 * changes nothing; a dry run writes nothing; unknown references are row errors.
 */
@QuarkusTest
class HistoryImportTest {

    private final RoundApi api = new RoundApi(RestAssured::given);
    private final String bootstrapServers;

    HistoryImportTest(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** A county with a township and its village, and a city-directed organ, with office codes; the term covers them. */
    private UUID termWithRegistry(String tag) {
        JsonPath registry = await(RestAssured.given().auth().oauth2(api.office()).contentType("text/csv")
                .body(("编码,名称,类型,上级编码,市委直管\n"
                        + tag + ",历史县委" + tag + ",县,,否\n"
                        + tag + "-T,历史镇党委" + tag + ",乡镇," + tag + ",否\n"
                        + tag + "-T-V,历史村党支部" + tag + ",村," + tag + "-T,否\n"
                        + tag + "-O,历史局党组" + tag + ",机关," + tag + ",是\n").getBytes(StandardCharsets.UTF_8))
                .post("/imports/organizations"));
        assertThat(registry.getString("state")).isEqualTo("SUCCEEDED");
        UUID term = api.term(LocalDate.of(2017, 4, 1));
        String county = (String) api.as(api.office()).queryParam("name", "历史县委" + tag).get("/organizations")
                .then().statusCode(200).extract().jsonPath().getList("items", Map.class).get(0).get("id");
        api.as(api.office()).contentType("application/json")
                .body(Map.of("organizationIds", List.of(county), "withSubtrees", true))
                .post("/coverage/" + term + "/scope").then().statusCode(200);
        return term;
    }

    private static String history(String tag) {
        return String.join("\n",
                "{\"kind\":\"round\",\"roundNumber\":1,\"roundKind\":\"REGULAR\",\"startsOn\":\"2018-03-01\"}",
                "{\"kind\":\"inspection\",\"inspectionNumber\":\"" + tag + "-1-01\",\"roundNumber\":1,\"teamName\":\"第一巡察组\","
                        + "\"organizationCode\":\"" + tag + "-T\",\"stationedOn\":\"2018-03-10\",\"withdrawnOn\":\"2018-04-10\"}",
                "{\"kind\":\"team\",\"roundNumber\":1,\"teamName\":\"第一巡察组\",\"teamKind\":\"临时\"}",
                "{\"kind\":\"member\",\"roundNumber\":1,\"teamName\":\"第一巡察组\",\"cadreName\":\"组长" + tag + "\",\"position\":\"组长\","
                        + "\"sourceSystem\":\"DISCIPLINE\"}",
                "{\"kind\":\"member\",\"roundNumber\":1,\"teamName\":\"第一巡察组\",\"cadreName\":\"专员" + tag + "\",\"position\":\"MEMBER\"}",
                "{\"kind\":\"extension\",\"inspectionNumber\":\"" + tag + "-1-01\",\"organizationCode\":\"" + tag + "-T-V\"}",
                "{\"kind\":\"inspection\",\"inspectionNumber\":\"" + tag + "-1-02\",\"roundNumber\":1,\"teamName\":\"第一巡察组\","
                        + "\"organizationCode\":\"" + tag + "-O\",\"stationedOn\":\"2018-05-10\"}",
                "{\"kind\":\"finding\",\"findingNumber\":\"" + tag + "-F1\",\"inspectionNumber\":\"" + tag + "-1-01\","
                        + "\"categoryCode\":\"COUNTY-3\",\"description\":\"村集体资金账外运行\",\"moneyInvolved\":\"126000.00\"}",
                "{\"kind\":\"finding\",\"findingNumber\":\"" + tag + "-F2\",\"inspectionNumber\":\"" + tag + "-1-01\","
                        + "\"categoryCode\":\"COUNTY-1\",\"description\":\"三务公开不及时\",\"state\":\"已整改\"}",
                "{\"kind\":\"finding\",\"findingNumber\":\"" + tag + "-F3\",\"inspectionNumber\":\"" + tag + "-1-02\","
                        + "\"categoryCode\":\"COUNTY-1\",\"description\":\"会议记录不全\"}",
                "{\"kind\":\"lead\",\"leadNumber\":\"" + tag + "-L1\",\"inspectionNumber\":\"" + tag + "-1-01\",\"summary\":\"虚报冒领\","
                        + "\"receivedOn\":\"2018-03-20\",\"transferredOn\":\"2018-04-15\",\"transferredTo\":\"纪委监委\","
                        + "\"disposition\":\"立案\",\"disposedOn\":\"2018-09-01\",\"casesFiled\":1,\"personsSanctioned\":2}",
                "{\"kind\":\"report\",\"reportNumber\":\"" + tag + "-P1\",\"inspectionNumber\":\"" + tag + "-1-01\","
                        + "\"title\":\"巡察报告\",\"approvedOn\":\"2018-04-20\"}",
                "{\"kind\":\"recommendation\",\"reportNumber\":\"" + tag + "-P1\",\"department\":\"县农业农村局\","
                        + "\"content\":\"规范村集体资金管理\"}",
                "{\"kind\":\"report\",\"reportNumber\":\"" + tag + "-P2\",\"roundNumber\":1,\"reportKind\":\"TOPIC\","
                        + "\"title\":\"专题报告\",\"approvedOn\":\"2018-06-01\"}",
                "{\"kind\":\"feedback\",\"inspectionNumber\":\"" + tag + "-1-01\",\"issuedOn\":\"2018-05-20\"}",
                "");
    }

    private JsonPath imported(UUID term, String body, String query) {
        return await(RestAssured.given().auth().oauth2(api.office()).contentType("application/x-ndjson")
                .body(body.getBytes(StandardCharsets.UTF_8)).post("/imports/history?termId=" + term + query));
    }

    private JsonPath await(Response accepted) {
        accepted.then().log().ifValidationFails().statusCode(202);
        return api.importEnded(accepted.header("Location"));
    }

    private List<Map<String, Object>> errors(JsonPath job) {
        return RestAssured.given().auth().oauth2(api.office()).get("/imports/" + job.getString("id") + "/errors")
                .then().statusCode(200).extract().jsonPath().getList("items");
    }

    private JsonPath figures(UUID term) {
        return api.as(api.office()).queryParam("termId", term).get("/figures").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void aTermsHistoryIsCountedLikeLiveWorkAndReimportingChangesNothing() {
        String tag = unique();
        UUID term = termWithRegistry(tag);

        JsonPath job = imported(term, history(tag), "");

        assertThat(errors(job)).isEmpty();
        assertThat(job.getString("state")).isEqualTo("SUCCEEDED");
        assertThat(job.getLong("rowsRead")).isEqualTo(15);
        assertThat(job.getLong("rowsInserted")).isEqualTo(15);
        JsonPath figures = figures(term);
        assertThat(figures.getLong("rounds")).isEqualTo(1);
        assertThat(figures.getLong("teams")).isEqualTo(1);
        assertThat(figures.getLong("cadresDeployed")).isEqualTo(2);
        assertThat(figures.getLong("organizationsInspected")).isEqualTo(2);
        assertThat(figures.getLong("villagesReachedByExtension")).isEqualTo(1);
        assertThat(figures.getLong("findings")).isEqualTo(3);
        assertThat(figures.getLong("findingsFedBack")).isEqualTo(2);
        assertThat(figures.getLong("leadsTransferred")).isEqualTo(1);
        assertThat(figures.getLong("casesFiled")).isEqualTo(1);
        assertThat(figures.getLong("personsSanctioned")).isEqualTo(2);
        assertThat(figures.getLong("opinionsIssued")).isEqualTo(1);
        assertThat(figures.getLong("recommendationsIssued")).isEqualTo(1);
        assertThat(figures.getLong("topicReports")).isEqualTo(1);
        assertThat(figures.getInt("coverage.inScope")).isEqualTo(4);
        assertThat(figures.getInt("coverage.covered")).isEqualTo(3);
        api.as(api.office()).get("/coverage/" + term + "/uncovered").then().statusCode(200)
                .body("items.size()", org.hamcrest.Matchers.equalTo(1));
        // the term started 2017-04-01: without the imported inspection of 2018-05-10 the organ would be past due
        api.as(api.office()).queryParam("asOf", "2021-03-01").get("/coverage/" + term + "/three-year-breaches")
                .then().statusCode(200).body("items.size()", org.hamcrest.Matchers.equalTo(0));
        api.as(api.office()).queryParam("asOf", "2021-06-01").get("/coverage/" + term + "/three-year-breaches")
                .then().statusCode(200).body("items.size()", org.hamcrest.Matchers.equalTo(1));
        List<Topic.Message> issued = Topic.on(bootstrapServers, Topics.ROUND_EVENTS).await(
                message -> message.value().contains("\"" + tag + "-1-01\""), Duration.ofSeconds(20));
        assertThat(issued).hasSize(1);
        assertThat(issued.get(0).value()).contains("\"historical\":true").contains("\"findingNumber\":\"" + tag + "-F1\"");

        JsonPath again = imported(term, history(tag), "");

        assertThat(again.getString("state")).isEqualTo("SUCCEEDED");
        assertThat(again.getLong("rowsUnchanged")).isEqualTo(15);
        assertThat(again.getLong("rowsInserted")).isZero();
        assertThat(again.getLong("rowsUpdated")).isZero();
        assertThat(figures(term).getMap("")).isEqualTo(figures.getMap(""));
        assertThat(Topic.on(bootstrapServers, Topics.ROUND_EVENTS).collect(
                message -> message.value().contains("\"" + tag + "-1-01\""), Duration.ofSeconds(3))).hasSize(1);
    }

    @Test
    void aDryRunReportsTheSameAndWritesNothing() {
        String tag = unique();
        UUID term = termWithRegistry(tag);

        JsonPath dry = imported(term, history(tag), "&dryRun=true");

        assertThat(dry.getString("state")).isEqualTo("SUCCEEDED");
        assertThat(dry.getBoolean("dryRun")).isTrue();
        assertThat(dry.getLong("rowsInserted")).isEqualTo(15);
        JsonPath figures = figures(term);
        assertThat(figures.getLong("rounds")).isZero();
        assertThat(figures.getLong("findings")).isZero();
        assertThat(figures.getInt("coverage.covered")).isZero();
        assertThat(imported(term, history(tag), "").getLong("rowsInserted")).isEqualTo(15);
    }

    @Test
    void unknownReferencesAndWrongTypesAreRowErrorsAndTheOtherRowsAreKept() {
        String tag = unique();
        UUID term = termWithRegistry(tag);
        String file = history(tag)
                + "{\"kind\":\"finding\",\"findingNumber\":\"" + tag + "-F9\",\"inspectionNumber\":\"NO-SUCH\","
                + "\"categoryCode\":\"COUNTY-1\",\"description\":\"无主问题\"}\n"
                + "{\"kind\":\"inspection\",\"inspectionNumber\":\"" + tag + "-X\",\"roundNumber\":1,\"teamName\":\"第一巡察组\","
                + "\"organizationCode\":\"NOWHERE\",\"stationedOn\":\"2018-03-10\"}\n"
                + "{\"kind\":\"finding\",\"findingNumber\":\"" + tag + "-F8\",\"inspectionNumber\":\"" + tag + "-1-02\","
                + "\"categoryCode\":\"COUNTY-1\",\"description\":\"金额不对\",\"moneyInvolved\":\"很多\"}\n"
                + "{\"kind\":\"finding\",\"findingNumber\":\"" + tag + "-F1\",\"inspectionNumber\":\"" + tag + "-1-02\","
                + "\"categoryCode\":\"COUNTY-1\",\"description\":\"重复编号\"}\n"
                + "{\"kind\":\"planet\"}\n";

        JsonPath job = imported(term, file, "");

        assertThat(job.getString("state")).isEqualTo("SUCCEEDED");
        assertThat(job.getLong("rowsRejected")).isEqualTo(5);
        assertThat(job.getLong("rowsInserted")).isEqualTo(15);
        List<Map<String, Object>> errors = errors(job);
        assertThat(errors).extracting(error -> error.get("row")).containsExactly(16, 17, 18, 19, 20);
        assertThat(errors).extracting(error -> error.get("column"))
                .containsExactly("inspectionNumber", "organizationCode", "moneyInvolved", "findingNumber", "kind");
        assertThat((String) errors.get(0).get("reason")).contains("NO-SUCH");
        assertThat(figures(term).getLong("findings")).isEqualTo(3);
    }

    @Test
    void allOrNothingWritesNothingWhenARowIsRejected() {
        String tag = unique();
        UUID term = termWithRegistry(tag);
        String file = history(tag) + "{\"kind\":\"feedback\",\"inspectionNumber\":\"NO-SUCH\",\"issuedOn\":\"2018-05-20\"}\n";

        JsonPath job = imported(term, file, "&allOrNothing=true");

        assertThat(job.getString("state")).isEqualTo("FAILED");
        assertThat(job.getString("failure")).contains("allOrNothing");
        assertThat(errors(job)).hasSize(1);
        assertThat(figures(term).getLong("rounds")).isZero();
    }

    @Test
    void theHistoryTemplateFilledInUploadsUnchangedWithExcelDates() throws Exception {
        String xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        byte[] template = RestAssured.given().auth().oauth2(api.office()).get("/imports/templates/history.xlsx")
                .then().statusCode(200).extract().asByteArray();
        XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template));
        Sheet sheet = workbook.getSheet("history");
        assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("类别");
        assertThat(sheet.getDataValidations()).extracting(validation -> validation.getRegions().getCellRangeAddress(0)
                .getFirstColumn()).contains(0, 2, 8, 11, 12, 22, 30, 32, 39);
        Row example = sheet.getRow(1);
        assertThat(example.getCell(0).getStringCellValue()).isEqualTo("轮次");
        CellStyle date = workbook.createCellStyle();
        date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy\"年\"m\"月\"d\"日\""));
        example.getCell(5).setCellValue(LocalDate.of(2018, 3, 1));
        example.getCell(5).setCellStyle(date);
        example.getCell(1).setCellValue(1);
        Row team = sheet.createRow(2);
        team.createCell(0).setCellValue("巡察组");
        team.createCell(1).setCellValue(1.0);
        team.createCell(7).setCellValue("第一巡察组");
        team.createCell(8).setCellValue("常设");
        java.io.ByteArrayOutputStream filled = new java.io.ByteArrayOutputStream();
        workbook.write(filled);
        workbook.close();
        UUID term = api.term(LocalDate.of(2017, 4, 1));

        for (long inserted : new long[] {2, 0}) {
            JsonPath job = await(RestAssured.given().auth().oauth2(api.office()).contentType(xlsx)
                    .body(filled.toByteArray()).post("/imports/history?termId=" + term));
            assertThat(job.getString("state")).isEqualTo("SUCCEEDED");
            assertThat(job.getLong("rowsRejected")).isZero();
            assertThat(job.getLong("rowsInserted")).isEqualTo(inserted);
            assertThat(job.getLong("rowsUnchanged")).isEqualTo(2 - inserted);
        }
        List<Map<String, Object>> rounds = api.as(api.office()).queryParam("termId", term).get("/rounds")
                .then().statusCode(200).extract().jsonPath().getList("items");
        assertThat(rounds).singleElement().satisfies(round -> {
            assertThat(round.get("startsOn")).isEqualTo("2018-03-01");
            assertThat(round.get("kind")).isEqualTo("REGULAR");
        });
        RestAssured.given().auth().oauth2(api.office()).contentType(xlsx).body(filled.toByteArray())
                .post("/imports/history?termId=" + term + "&sheet=ledger").then().statusCode(400)
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("sheet"));
    }

    @Test
    void aHistoryImportNeedsATermAndTheOfficeOrAnIntegration() {
        RestAssured.given().auth().oauth2(api.office()).contentType("application/x-ndjson").body("{}\n".getBytes(StandardCharsets.UTF_8))
                .post("/imports/history").then().statusCode(400)
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("termId"));
        RestAssured.given().auth().oauth2(org.xuncha.testing.Tokens.as("LEADERSHIP").sign())
                .contentType("application/x-ndjson").body("{}\n".getBytes(StandardCharsets.UTF_8))
                .post("/imports/history?termId=" + UUID.randomUUID()).then().statusCode(403);
    }
}
