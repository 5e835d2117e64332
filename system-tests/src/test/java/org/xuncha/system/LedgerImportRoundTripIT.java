package org.xuncha.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.xuncha.testing.RoundApi;
import org.xuncha.testing.Tokens;

/**
 * Each service imports what it owns, through both packaged services and the real broker: round-service
 * imports a term's history (its feedback opens the case in rectification-service), rectification-service
 * imports the ledger of how the case was rectified, and round-service follows the imported case as a
 * live one, so both services' figures for the term agree with the ledger's own totals.
 */
class LedgerImportRoundTripIT {

    private final SystemUnderTest system = SystemUnderTest.get();
    private final RoundApi round = system.roundApi();
    private final String office = Tokens.as("OFFICE").sign();

    @Test
    void aHistoryAndItsLedgerGiveBothServicesTheLedgersFigures() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        JsonPath registry = round.importEnded(round.as(office).contentType("text/csv")
                .body(("编码,名称,类型,上级编码\n" + tag + ",台账县委" + tag + ",县,\n" + tag + "-T,台账镇党委" + tag + ",乡镇," + tag + "\n")
                        .getBytes(StandardCharsets.UTF_8))
                .post("/imports/organizations").then().statusCode(202).extract().header("Location"));
        assertThat(registry.getString("state")).isEqualTo("SUCCEEDED");
        UUID term = round.term(LocalDate.of(2017, 4, 1));
        String inspection = tag + "-1-01";
        String history = String.join("\n",
                "{\"kind\":\"round\",\"roundNumber\":1,\"roundKind\":\"REGULAR\",\"startsOn\":\"2018-03-01\"}",
                "{\"kind\":\"team\",\"roundNumber\":1,\"teamName\":\"第一巡察组\"}",
                "{\"kind\":\"inspection\",\"inspectionNumber\":\"" + inspection + "\",\"roundNumber\":1,\"teamName\":\"第一巡察组\","
                        + "\"organizationCode\":\"" + tag + "-T\",\"stationedOn\":\"2018-03-10\",\"withdrawnOn\":\"2018-04-10\"}",
                "{\"kind\":\"finding\",\"findingNumber\":\"" + inspection + "-001\",\"inspectionNumber\":\"" + inspection + "\","
                        + "\"categoryCode\":\"COUNTY-3\",\"description\":\"村集体资金账外运行\",\"moneyInvolved\":\"126000.00\"}",
                "{\"kind\":\"finding\",\"findingNumber\":\"" + inspection + "-002\",\"inspectionNumber\":\"" + inspection + "\","
                        + "\"categoryCode\":\"COUNTY-1\",\"description\":\"三务公开不及时\"}",
                "{\"kind\":\"feedback\",\"inspectionNumber\":\"" + inspection + "\",\"issuedOn\":\"2018-05-20\"}", "");
        JsonPath imported = round.importEnded(round.as(office).contentType("application/x-ndjson")
                .body(history.getBytes(StandardCharsets.UTF_8)).post("/imports/history?termId=" + term)
                .then().statusCode(202).extract().header("Location"));
        assertThat(imported.getString("state")).isEqualTo("SUCCEEDED");
        assertThat(imported.getLong("rowsRejected")).isZero();

        String caseId = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> {
            List<String> ids = system.rectification().auth().oauth2(office).queryParam("termId", term).get("/cases")
                    .then().statusCode(200).extract().jsonPath().getList("items.id");
            return ids.isEmpty() ? null : ids.get(0);
        }, id -> id != null);

        String ledger = String.join("\n",
                "类别,巡察编号,问题编号,事项来源,问题描述,单位签收日期,主要负责人签收日期,分管领导签收日期,整改报告报送日期,销号日期,"
                        + "整改措施,责任人,整改类型,整改期限,状态,挽回经济损失,建章立制,追责问责人数",
                "案件," + inspection + ",,,,2018-05-21,2018-05-21,2018-05-22,2018-07-20,2018-09-30,,,,,,,,",
                "事项," + inspection + "," + inspection + "-001,,,,,,,2018-07-15,资金收回,张三,限期整改,2018-06-30,已销号,"
                        + "126000.00,2,1",
                "事项," + inspection + "," + inspection + "-002,,,,,,,2018-08-01,按月公开,李四,立行立改,,已销号,,1,0",
                "事项," + inspection + "," + inspection + "-S1,书记点人点事,书记兼职,,,,,,辞去兼职,王五,长期坚持,,整改中,,1,0", "");
        JsonPath job = ledgerImported(system.rectification().auth().oauth2(office).contentType("text/csv")
                .queryParam("termId", term).body(ledger.getBytes(StandardCharsets.UTF_8)).post("/imports/ledgers"));
        assertThat(job.getString("state")).isEqualTo("SUCCEEDED");
        assertThat(job.getLong("rowsRejected")).isZero();
        assertThat(job.getLong("rowsAccepted")).isEqualTo(4);

        JsonPath rectification = system.rectification().auth().oauth2(office).queryParam("termId", term).get("/figures")
                .then().statusCode(200).extract().jsonPath();
        assertThat(rectification.getLong("casesClosed")).isEqualTo(1);
        assertThat(rectification.getLong("itemsOverdue")).isZero();
        assertThat(new BigDecimal(rectification.getString("moneyRecovered"))).isEqualByComparingTo("126000.00");
        assertThat(rectification.getLong("rulesEstablished")).isEqualTo(3);
        assertThat(rectification.getLong("personsHeldAccountable")).isEqualTo(1);
        assertThat(new BigDecimal(rectification.getString("atFirstReport.rate"))).isEqualByComparingTo("0.5");
        assertThat(new BigDecimal(rectification.getString("afterSupervision.rate"))).isEqualByComparingTo("1");

        UUID inspectionId = UUID.fromString(system.rectification().auth().oauth2(office).get("/cases/{id}", caseId)
                .then().statusCode(200).extract().path("inspectionId"));
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> "CLOSED".equals(
                round.as(office).get("/inspections/{id}", inspectionId).then().extract().path("state")));
        JsonPath figures = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() ->
                round.as(office).queryParam("termId", term).get("/figures").then().statusCode(200).extract().jsonPath(),
                f -> f.getLong("findingsRectified") == 2 && f.getLong("rectification.casesClosed") == 1
                        && f.getString("rectification.rateAtFirstReport") != null);
        assertThat(figures.getLong("findingsFedBack")).isEqualTo(2);
        assertThat(new BigDecimal(figures.getString("rectification.moneyRecovered"))).isEqualByComparingTo("126000.00");
        assertThat(figures.getLong("rectification.rulesEstablished")).isEqualTo(3);
        assertThat(figures.getLong("rectification.personsHeldAccountable")).isEqualTo(1);
        assertThat(figures.getLong("rectification.itemsOverdue")).isZero();
        assertThat(new BigDecimal(figures.getString("rectification.rateAtFirstReport"))).isEqualByComparingTo("0.5");
        assertThat(new BigDecimal(figures.getString("rectification.rateAfterSupervision"))).isEqualByComparingTo("1");
    }

    private JsonPath ledgerImported(Response accepted) {
        accepted.then().log().ifValidationFails().statusCode(202);
        String path = java.net.URI.create(accepted.header("Location")).getPath();
        return await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() ->
                system.rectification().auth().oauth2(office).get(path).then().statusCode(200).extract().jsonPath(),
                job -> !List.of("QUEUED", "RUNNING").contains(job.getString("state")));
    }
}
