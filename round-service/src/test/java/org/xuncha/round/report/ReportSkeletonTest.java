package org.xuncha.round.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.xuncha.platform.documents.OfficialDocument;
import org.xuncha.testing.RoundApi;
import org.xuncha.testing.RoundApi.ReadyInspection;
import org.xuncha.testing.Tokens;

/** The inspection report skeleton (.docx), opened with POI and read against the inspection's findings. */
@QuarkusTest
class ReportSkeletonTest {

    private static final String PROBLEM = "application/problem+json";
    private final RoundApi api = new RoundApi(RestAssured::given);

    @Test
    void theSkeletonListsTheConfirmedFindingsByCategoryInTheTaxonomysOrder() throws Exception {
        ReadyInspection stationed = api.stationed();
        api.confirmedFinding(stationed, "COUNTY-4", "虚报冒领低保金");
        api.confirmedFinding(stationed, "COUNTY-1", "“三重一大”事项未经集体研究");
        api.confirmedFinding(stationed, "COUNTY-4", "截留救灾款物");
        RoundApi.created(api.as(stationed.team().memberToken()).body(Map.of("inspectionId", stationed.inspectionId(),
                "categoryCode", "COUNTY-2", "description", "未经核实的反映")).post("/findings"));
        String organization = api.as(api.office()).get("/organizations/{id}", stationed.organizationId()).then()
                .statusCode(200).extract().path("name");
        String team = api.as(api.office()).get("/teams/{id}", stationed.team().teamId()).then().statusCode(200)
                .extract().path("name");
        Map<String, String> categories = categoryNames();

        Response download = api.as(stationed.team().memberToken())
                .get("/inspections/{id}/report-skeleton.docx", stationed.inspectionId());

        download.then().statusCode(200).contentType(startsWith(OfficialDocument.MEDIA_TYPE));
        assertThat(download.header("Content-Disposition")).startsWith("attachment;").contains("filename*=UTF-8''");
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(download.asByteArray()))) {
            List<String> texts = document.getParagraphs().stream().map(XWPFParagraph::getText)
                    .filter(text -> !text.isEmpty()).toList();
            assertThat(texts.get(0)).isEqualTo("关于对" + organization + "巡察情况的报告");
            int problems = texts.indexOf("三、巡察发现的主要问题");
            assertThat(texts.subList(problems, texts.indexOf("四、问题线索移交情况"))).containsExactly(
                    "三、巡察发现的主要问题",
                    "巡察共发现问题3个，涉及2个方面。",
                    "（一）" + categories.get("COUNTY-1") + "（1个）",
                    "1．“三重一大”事项未经集体研究（涉及金额1000.00元）",
                    "（二）" + categories.get("COUNTY-4") + "（2个）",
                    "1．虚报冒领低保金（涉及金额1000.00元）",
                    "2．截留救灾款物（涉及金额1000.00元）");
            assertThat(String.join("\n", texts)).doesNotContain("未经核实的反映");
            assertThat(texts).contains("巡察工作领导小组：", team, "一、巡察工作开展情况", "五、意见建议");
            var section = document.getDocument().getBody().getSectPr();
            assertThat(section.getPgSz().getW()).hasToString("11906");
            assertThat(section.getPgSz().getH()).hasToString("16838");
            assertThat(section.getPgMar().getTop()).hasToString("2098");
            assertThat(section.getPgMar().getBottom()).hasToString("1984");
            assertThat(section.getPgMar().getLeft()).hasToString("1587");
            assertThat(section.getPgMar().getRight()).hasToString("1474");
        }
    }

    @Test
    void onceTheReportIsSubmittedTheSkeletonListsTheFindingsTheReportLists() throws Exception {
        ReadyInspection reporting = api.reporting(1);
        api.submittedReport(reporting);
        api.confirmedFinding(reporting, "COUNTY-2", "报告提交后确认的问题");

        byte[] docx = api.as(reporting.team().leaderToken())
                .get("/inspections/{id}/report-skeleton.docx", reporting.inspectionId())
                .then().statusCode(200).extract().asByteArray();

        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            String text = String.join("\n", document.getParagraphs().stream().map(XWPFParagraph::getText).toList());
            assertThat(text).contains("巡察共发现问题1个，涉及1个方面。", "1．问题 1（涉及金额1000.00元）")
                    .doesNotContain("报告提交后确认的问题");
        }
    }

    @Test
    void theSkeletonHasTheReadersOfTheInspectionsFindingsAndNoOthers() {
        ReadyInspection stationed = api.stationed();

        api.as(api.stationed().team().memberToken()).get("/inspections/{id}/report-skeleton.docx",
                stationed.inspectionId()).then().statusCode(404).contentType(PROBLEM)
                .body("type", equalTo("urn:xuncha:problem:not-found"));
        api.as(api.office()).get("/inspections/{id}/report-skeleton.docx", UUID.randomUUID()).then()
                .statusCode(404).contentType(PROBLEM);
        api.as(Tokens.as("UNIT").organization(stationed.organizationId()).sign())
                .get("/inspections/{id}/report-skeleton.docx", stationed.inspectionId()).then().statusCode(403)
                .contentType(PROBLEM);
        api.as(Tokens.as("LEADERSHIP").sign()).get("/inspections/{id}/report-skeleton.docx", stationed.inspectionId())
                .then().statusCode(200);
    }

    private Map<String, String> categoryNames() {
        JsonPath page = api.as(api.office()).queryParam("limit", 500).get("/finding-categories").then().statusCode(200)
                .extract().jsonPath();
        Map<String, String> names = new HashMap<>();
        page.getList("items", Map.class).forEach(item -> names.put((String) item.get("code"), (String) item.get("name")));
        return names;
    }
}
