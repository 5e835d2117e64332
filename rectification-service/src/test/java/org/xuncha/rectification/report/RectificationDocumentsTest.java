package org.xuncha.rectification.report;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.xuncha.platform.documents.OfficialDocument;
import org.xuncha.rectification.Driver;
import org.xuncha.rectification.Driver.Actors;
import org.xuncha.rectification.cases.RectificationNotice;
import org.xuncha.testing.Committee;
import org.xuncha.testing.Tokens;

/** The rectification notice and report (.docx), opened with POI and read against the case and its ledger. */
@QuarkusTest
class RectificationDocumentsTest {

    private final Driver driver;

    RectificationDocumentsTest(Driver driver) {
        this.driver = driver;
    }

    @Test
    void theNoticeSaysWhatIsDueWhenAndListsEveryItemWithItsDeadline() throws Exception {
        Actors actors = driver.rectifyingCase(2);
        List<String> items = driver.itemIds(actors.caseId());
        LocalDate deadline = Committee.today().plusMonths(2);
        driver.recordRectification(actors, items.get(0), driver.rectification("DEADLINE", deadline, "0", 0, 0));
        JsonPath rectification = driver.readCase(actors.caseId());

        Response download = given().auth().oauth2(actors.unit()).get("/cases/{id}/notice.docx", actors.caseId());

        download.then().statusCode(200).contentType(startsWith(OfficialDocument.MEDIA_TYPE));
        assertThat(download.header("Content-Disposition")).startsWith("attachment;").contains("filename*=UTF-8''");
        try (XWPFDocument document = open(download)) {
            List<String> texts = texts(document);
            assertThat(texts.get(0)).isEqualTo("关于抓好第10轮巡察反馈问题整改落实的通知");
            assertThat(texts.get(1)).isEqualTo("城关镇党委：");
            assertThat(texts).contains("第一巡察组已于" + day(rectification.getString("fedBackAt")) + "向你单位反馈了巡察意见，"
                            + "反馈问题2个，整改任务共2项（详见附件）。请你单位切实履行整改主体责任，按以下要求抓好整改落实。",
                    "请你单位、主要负责人王建国（党委书记）和分管领导李明（副县长）于"
                            + day(rectification.getString("deadlines.signOff")) + "前完成反馈意见签收。",
                    "于" + day(rectification.getString("deadlines.plan")) + "前报送整改方案，逐项明确整改措施、责任人、责任部门和整改时限。",
                    "于" + day(rectification.getString("deadlines.report")) + "前报送整改报告。整改报告由党组织书记签字，并作出真实性承诺。",
                    RectificationNotice.ISSUER, "附件", RectificationNotice.TASK_LIST);
            assertThat(rows(document.getTables().get(0))).containsExactly(RectificationNotice.COLUMNS,
                    List.of("1", "反馈问题", "县区巡察问题类别 1", "问题 1", "限期整改", OfficialDocument.date(deadline)),
                    List.of("2", "反馈问题", "县区巡察问题类别 2", "问题 2", "待定", "待定"));
            assertLaidOutAsAnOfficialDocument(document);
        }
    }

    @Test
    void theReportCarriesTheCountsOfItsMomentTheItemsAndTheSecretarysCommitment() throws Exception {
        Actors actors = driver.rectifyingCase(2);
        List<String> items = driver.itemIds(actors.caseId());
        driver.bringTo(actors, items.get(0), "CLOSED");
        given().auth().oauth2(actors.leaderInCharge()).get("/cases/{id}/report.docx", actors.caseId()).then()
                .statusCode(409).contentType(Driver.PROBLEM).body("type", equalTo("urn:xuncha:problem:report-missing"));
        driver.report(actors);
        JsonPath reported = driver.readCase(actors.caseId());
        String reportedOn = day(reported.getString("report.reportedAt"));
        JsonPath closed = driver.item(items.get(0));

        Response download = given().auth().oauth2(actors.leaderInCharge()).get("/cases/{id}/report.docx", actors.caseId());

        download.then().statusCode(200).contentType(startsWith(OfficialDocument.MEDIA_TYPE));
        try (XWPFDocument document = open(download)) {
            List<String> texts = texts(document);
            assertThat(texts.get(0)).isEqualTo("城关镇党委关于第10轮巡察反馈意见整改情况的报告");
            assertThat(texts).contains("截至" + reportedOn + "，巡察反馈问题2个，已完成整改1个，整改率50%；整改任务共2项，"
                    + "追缴资金1000.00元，建章立制1项，追责问责0人。", "整改报告", "城关镇党委", reportedOn,
                    RectificationReportDocument.COMMITMENT, "承诺人：王建国");
            assertThat(texts.get(texts.indexOf(RectificationReportDocument.COMMITMENT) + 1))
                    .startsWith("本人作为城关镇党委党组织书记，对本单位第10轮巡察反馈意见整改情况报告及整改台账的真实性负责");
            assertThat(rows(document.getTables().get(0))).containsExactly(RectificationReportDocument.COLUMNS,
                    List.of("1", "问题 1", closed.getString("item.measures"), closed.getString("item.responsiblePerson"),
                            OfficialDocument.date(LocalDate.parse(closed.getString("item.deadline"))), "已销号"),
                    List.of("2", "问题 2", "", "", "", "未开始"));
            assertLaidOutAsAnOfficialDocument(document);
        }
    }

    @Test
    void theDocumentsHaveTheCasesReadersAndNoOthers() {
        Actors actors = driver.openCase(1);
        String stranger = Tokens.as("UNIT").organization(UUID.randomUUID()).sign();

        for (String document : List.of("notice.docx", "report.docx")) {
            given().auth().oauth2(stranger).get("/cases/{id}/" + document, actors.caseId()).then().statusCode(404)
                    .contentType(Driver.PROBLEM).body("type", equalTo("urn:xuncha:problem:not-found"));
            given().auth().oauth2(driver.office()).get("/cases/{id}/" + document, UUID.randomUUID()).then()
                    .statusCode(404).contentType(Driver.PROBLEM);
            given().auth().oauth2(Tokens.as("TEAM_MEMBER").sign()).get("/cases/{id}/" + document, actors.caseId())
                    .then().statusCode(403).contentType(Driver.PROBLEM);
        }
        given().auth().oauth2(Tokens.as("LEADERSHIP").sign()).get("/cases/{id}/notice.docx", actors.caseId()).then()
                .statusCode(200);
    }

    private static void assertLaidOutAsAnOfficialDocument(XWPFDocument document) {
        var section = document.getDocument().getBody().getSectPr();
        assertThat(section.getPgSz().getW()).hasToString("11906");
        assertThat(section.getPgSz().getH()).hasToString("16838");
        assertThat(section.getPgMar().getTop()).hasToString("2098");
        assertThat(section.getPgMar().getBottom()).hasToString("1984");
        assertThat(section.getPgMar().getLeft()).hasToString("1587");
        assertThat(section.getPgMar().getRight()).hasToString("1474");
        assertThat(document.getFooterList().get(0).getText()).contains("— ");
    }

    private static String day(String timestamp) {
        return OfficialDocument.date(OffsetDateTime.parse(timestamp).atZoneSameInstant(Committee.ZONE).toLocalDate());
    }

    private static XWPFDocument open(Response download) throws Exception {
        return new XWPFDocument(new ByteArrayInputStream(download.asByteArray()));
    }

    private static List<String> texts(XWPFDocument document) {
        return document.getParagraphs().stream().map(XWPFParagraph::getText).filter(text -> !text.isEmpty()).toList();
    }

    private static List<List<String>> rows(XWPFTable table) {
        List<List<String>> rows = new ArrayList<>();
        for (XWPFTableRow row : table.getRows()) {
            rows.add(row.getTableCells().stream().map(cell -> cell.getText()).toList());
        }
        return rows;
    }
}
