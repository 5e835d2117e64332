package org.xuncha.round.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.xuncha.platform.documents.OfficialDocument;
import org.xuncha.testing.RoundApi;
import org.xuncha.testing.RoundApi.ReadyInspection;
import org.xuncha.testing.Tokens;

/** The feedback opinion (.docx), opened with POI and read against the feedback it was written from. */
@QuarkusTest
class FeedbackOpinionTest {

    private static final String PROBLEM = "application/problem+json";
    private final RoundApi api = new RoundApi(RestAssured::given);

    @Test
    void theOpinionHoldsTheProblemsByCategoryAndTheThreeListsOfTheFeedback() throws Exception {
        ReadyInspection ready = api.readyForFeedback(3);
        UUID feedbackId = RoundApi.created(api.issueFeedback(ready.inspectionId()));
        JsonPath feedback = api.as(api.office()).get("/feedback/{id}", feedbackId).then().statusCode(200)
                .extract().jsonPath();
        String organization = api.as(api.office()).get("/organizations/{id}", ready.organizationId()).then()
                .statusCode(200).extract().path("name");
        String team = api.as(api.office()).get("/teams/{id}", ready.team().teamId()).then().statusCode(200)
                .extract().path("name");
        Map<String, String> categories = categoryNames();

        Response download = api.as(ready.team().memberToken()).get("/feedback/{id}/opinion.docx", feedbackId);

        download.then().statusCode(200).contentType(startsWith(OfficialDocument.MEDIA_TYPE));
        assertThat(download.header("Content-Disposition")).startsWith("attachment;")
                .contains("filename*=UTF-8''" + URLEncoder.encode(organization, StandardCharsets.UTF_8)
                        .replace("+", "%20") + URLEncoder.encode("巡察反馈意见", StandardCharsets.UTF_8) + ".docx");
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(download.asByteArray()))) {
            List<String> texts = texts(document);
            assertThat(texts.get(0)).isEqualTo(team + "关于巡察" + organization + "的反馈意见");
            assertThat(texts.get(1)).isEqualTo(organization + "：");
            assertThat(texts).contains("巡察发现问题3个，涉及3个方面，详见附件1《问题清单》。",
                    "巡察组向" + organization + "党组织书记点人点事1项，详见附件2；提出追责问责事项1项，详见附件3。",
                    "附件：1．问题清单", "　　　2．书记点人点事清单", "　　　3．追责问责清单", team, "附件1", "附件2", "附件3");
            List<Map<String, Object>> findings = feedback.getList("findings");
            for (int i = 0; i < findings.size(); i++) {
                assertThat(texts).contains("（" + OfficialDocument.numeral(i + 1) + "）" + categories.get("COUNTY-" + (i + 1)));
            }
            for (Map<String, Object> finding : findings) {
                String heading = texts.stream().filter(t -> t.endsWith(categories.get(finding.get("categoryCode"))))
                        .findFirst().orElseThrow();
                assertThat(texts.get(texts.indexOf(heading) + 1)).isEqualTo("1．" + finding.get("description"));
            }

            List<XWPFTable> tables = document.getTables();
            assertThat(tables).hasSize(3);
            assertThat(rows(tables.get(0)).get(0)).containsExactly("序号", "问题类别", "问题描述", "涉及金额（元）");
            assertThat(rows(tables.get(0)).subList(1, 4)).extracting(row -> row.get(2))
                    .containsExactlyElementsOf(findings.stream().map(f -> (String) f.get("description")).toList());
            assertThat(rows(tables.get(0)).get(1)).containsExactly("1",
                    categories.get(findings.get(0).get("categoryCode")), (String) findings.get(0).get("description"),
                    "1000.00");
            assertThat(rows(tables.get(1))).containsExactly(List.of("序号", "涉及人员", "事项"),
                    List.of("1", feedback.getString("secretaryPoints[0].persons"),
                            feedback.getString("secretaryPoints[0].matter")));
            assertThat(rows(tables.get(2))).containsExactly(List.of("序号", "涉及人员", "事项"),
                    List.of("1", feedback.getString("accountabilityPoints[0].persons"),
                            feedback.getString("accountabilityPoints[0].matter")));

            var section = document.getDocument().getBody().getSectPr();
            assertThat(section.getPgSz().getW()).hasToString("11906");
            assertThat(section.getPgSz().getH()).hasToString("16838");
            assertThat(section.getPgMar().getTop()).hasToString("2098");
            assertThat(section.getPgMar().getBottom()).hasToString("1984");
            assertThat(section.getPgMar().getLeft()).hasToString("1587");
            assertThat(section.getPgMar().getRight()).hasToString("1474");
            assertThat(document.getFooterList().get(0).getText()).contains("— ");
        }
    }

    @Test
    void theOpinionHasTheFeedbacksReadersAndNoOthers() {
        ReadyInspection ready = api.readyForFeedback(1);
        UUID feedbackId = RoundApi.created(api.issueFeedback(ready.inspectionId()));

        api.as(api.stationed().team().memberToken()).get("/feedback/{id}/opinion.docx", feedbackId).then()
                .statusCode(404).contentType(PROBLEM).body("type", equalTo("urn:xuncha:problem:not-found"));
        api.as(api.office()).get("/feedback/{id}/opinion.docx", UUID.randomUUID()).then()
                .statusCode(404).contentType(PROBLEM);
        api.as(Tokens.as("UNIT").organization(ready.organizationId()).sign())
                .get("/feedback/{id}/opinion.docx", feedbackId).then().statusCode(403).contentType(PROBLEM);
        api.as(Tokens.as("LEADERSHIP").sign()).get("/feedback/{id}/opinion.docx", feedbackId).then().statusCode(200);
    }

    private Map<String, String> categoryNames() {
        JsonPath page = api.as(api.office()).queryParam("limit", 500).get("/finding-categories").then().statusCode(200)
                .extract().jsonPath();
        Map<String, String> names = new java.util.HashMap<>();
        page.getList("items", Map.class).forEach(item -> names.put((String) item.get("code"), (String) item.get("name")));
        return names;
    }

    static List<String> texts(XWPFDocument document) {
        return document.getParagraphs().stream().map(XWPFParagraph::getText).filter(text -> !text.isEmpty()).toList();
    }

    static List<List<String>> rows(XWPFTable table) {
        List<List<String>> rows = new ArrayList<>();
        for (XWPFTableRow row : table.getRows()) {
            rows.add(row.getTableCells().stream().map(cell -> cell.getText()).toList());
        }
        return rows;
    }
}
