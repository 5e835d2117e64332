package org.xuncha.round.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.xuncha.platform.documents.OfficialDocument;
import org.xuncha.testing.RoundApi;
import org.xuncha.testing.RoundApi.FormedTeam;
import org.xuncha.testing.RoundApi.ReadyInspection;
import org.xuncha.testing.Tokens;

/**
 * The figures of a scenario whose totals are counted by hand:
 *
 * <pre>
 * term
 *  ├─ round 1 (REGULAR), team A (2 DISCIPLINE cadres) inspects township T, extending to villages V1, V2
 *  │    findings: COUNTY-1, COUNTY-1, COUNTY-3 confirmed (by the leader); COUNTY-5 left a draft (by the member)
 *  │    leads (by the member): L1 received; L2 transferred to the discipline commission, disposed of:
 *  │      1 case filed, 2 persons sanctioned, 1 judicial transfer
 *  │    report approved, 1 recommendation, feedback issued
 *  └─ round 2 (SPECIAL), team B (2 AUDIT cadres) inspects organ O
 *       findings: COUNTY-2 confirmed; lead L3 transferred to the organization department
 *       and a topic report of round 2, approved
 * </pre>
 */
@QuarkusTest
class FiguresTest {

    private final RoundApi api = new RoundApi(RestAssured::given);
    private final String leadership = Tokens.as("LEADERSHIP").sign();
    private UUID term;
    private UUID roundOne;
    private FormedTeam teamA;
    private FormedTeam teamB;

    @BeforeEach
    void theScenario() {
        term = api.term();
        roundOne = api.round(term, 1);
        UUID roundTwo = api.round(term, 2, "SPECIAL");

        UUID township = api.organization("统计镇党委 " + UUID.randomUUID(), "TOWNSHIP");
        UUID villageOne = api.organizationUnder(township, "一村党支部", "VILLAGE");
        UUID villageTwo = api.organizationUnder(township, "二村党支部", "VILLAGE");
        teamA = api.formTeam(term, roundOne);
        UUID inspectionA = api.inspection(teamA.teamId(), township, List.of(villageOne, villageTwo));
        api.prepare(inspectionA, teamA);
        api.advance(inspectionA, "station", "STATIONED");
        ReadyInspection a = new ReadyInspection(township, inspectionA, List.of(), teamA);
        api.confirmedFinding(a, "COUNTY-1", "三务公开不及时");
        api.confirmedFinding(a, "COUNTY-1", "四议两公开未执行");
        api.confirmedFinding(a, "COUNTY-3", "侵占集体资金");
        api.as(teamA.memberToken()).body(Map.of("inspectionId", inspectionA, "categoryCode", "COUNTY-5",
                "description", "待核实")).post("/findings").then().statusCode(201);
        lead(teamA, inspectionA);
        UUID disposed = lead(teamA, inspectionA);
        transfer(teamA, disposed, "DISCIPLINE_COMMISSION");
        api.as(Tokens.as("DISCIPLINE").sign()).body(Map.of("reference", "纪办〔2026〕" + UUID.randomUUID(), "kind", "CASE_FILED", "casesFiled", 1,
                "personsSanctioned", 2, "judicialTransfers", 1)).post("/leads/{id}/disposition", disposed)
                .then().statusCode(200);
        api.advance(inspectionA, "withdrawal", "REPORTING");
        UUID report = api.submittedReport(a);
        api.approve(report);
        api.as(api.office()).body(Map.of("department", "县农业农村局", "content", "建议规范村级财务"))
                .post("/reports/{id}/recommendations", report).then().statusCode(201);
        api.issueFeedback(inspectionA).then().statusCode(201);

        UUID organ = api.organization("统计局党组 " + UUID.randomUUID(), "ORGAN");
        teamB = auditTeam(roundTwo);
        UUID inspectionB = api.inspection(teamB.teamId(), organ);
        api.prepare(inspectionB, teamB);
        api.advance(inspectionB, "station", "STATIONED");
        api.confirmedFinding(new ReadyInspection(organ, inspectionB, List.of(), teamB), "COUNTY-2", "作风漂浮");
        transfer(teamB, lead(teamB, inspectionB), "ORGANIZATION_DEPARTMENT");
        UUID topic = RoundApi.created(api.as(api.office()).body(Map.of("kind", "TOPIC", "roundId", roundTwo,
                "title", "专题报告", "body", "……")).post("/reports"));
        api.as(api.office()).post("/reports/{id}/submission", topic).then().statusCode(200);
        api.approve(topic);
    }

    @Test
    void theTermAddsUpBothRounds() {
        JsonPath figures = figures(Map.of("termId", term));

        assertThat(figures.getLong("rounds")).isEqualTo(2);
        assertThat(figures.getLong("teams")).isEqualTo(2);
        assertThat(figures.getLong("cadresDeployed")).isEqualTo(4);
        assertThat(figures.getMap("cadresBySourceSystem")).isEqualTo(Map.of("AUDIT", 2, "DISCIPLINE", 2));
        assertThat(figures.getLong("distinctCadres")).isEqualTo(4);
        assertThat(figures.getLong("organizationsInspected")).isEqualTo(2);
        assertThat(figures.getLong("villagesReachedByExtension")).isEqualTo(2);
        assertThat(figures.getLong("findings")).isEqualTo(4);
        assertThat(figures.getMap("findingsByCategory")).isEqualTo(Map.of("COUNTY-1", 2, "COUNTY-2", 1, "COUNTY-3", 1));
        assertThat(figures.getLong("findingsFedBack")).isEqualTo(3);
        assertThat(figures.getLong("leadsReceived")).isEqualTo(3);
        assertThat(figures.getLong("leadsTransferred")).isEqualTo(2);
        assertThat(figures.getMap("leadsTransferredTo"))
                .isEqualTo(Map.of("DISCIPLINE_COMMISSION", 1, "ORGANIZATION_DEPARTMENT", 1));
        assertThat(figures.getLong("casesFiled")).isEqualTo(1);
        assertThat(figures.getLong("personsSanctioned")).isEqualTo(2);
        assertThat(figures.getLong("judicialTransfers")).isEqualTo(1);
        assertThat(figures.getLong("opinionsIssued")).isEqualTo(1);
        assertThat(figures.getLong("recommendationsIssued")).isEqualTo(1);
        assertThat(figures.getLong("topicReports")).isEqualTo(1);
        assertThat(figures.getMap("coverage")).containsEntry("inScope", 0);
    }

    @Test
    void theSummaryParagraphSaysWhatTheFiguresSayAndTheWordDocumentHoldsIt() throws Exception {
        String termName = api.as(api.office()).get("/terms/{id}", term).then().statusCode(200).extract().path("name");
        JsonPath summary = api.as(leadership).queryParam("termId", term).get("/figures/summary")
                .then().statusCode(200).extract().jsonPath();

        assertThat(summary.getString("text")).startsWith(termName + "巡察共开展了2轮巡察，派出巡察组2个，完成了对2个党组织的巡察")
                .contains("巡镇带村延伸巡察村（社区）2个", "抽调干部4人次，其中纪检监察系统干部2人次、其他系统干部2人次",
                        "共向各被巡察党组织反馈问题3个，移交问题线索2件，已立案1件", "累计督促追缴资金0.00万元")
                .endsWith("。");

        byte[] docx = api.as(leadership).queryParam("termId", term).get("/figures/summary.docx")
                .then().statusCode(200).contentType(startsWith("application/vnd.openxmlformats-officedocument"))
                .extract().asByteArray();
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            List<XWPFParagraph> paragraphs = document.getParagraphs();
            assertThat(paragraphs.get(0).getText()).isEqualTo(termName + "巡察工作情况");
            assertThat(paragraphs.get(1).getText()).isEqualTo(summary.getString("text"));
            assertThat(paragraphs.get(1).getRuns().get(0).getFontFamily(XWPFRun.FontCharRange.eastAsia))
                    .isEqualTo(OfficialDocument.BODY_FONT);
            assertThat(paragraphs.get(1).getRuns().get(0).getFontSizeAsDouble()).isEqualTo(16.0);
            var section = document.getDocument().getBody().getSectPr();
            assertThat(section.getPgSz().getW()).hasToString("11906");
            assertThat(section.getPgSz().getH()).hasToString("16838");
            assertThat(section.getPgMar().getTop()).hasToString("2098");
            assertThat(section.getPgMar().getLeft()).hasToString("1587");
            assertThat(document.getFooterList().get(0).getText()).contains("— ");
        }
        api.as(api.office()).queryParam("termId", UUID.randomUUID()).get("/figures/summary")
                .then().statusCode(404).body("type", equalTo("urn:xuncha:problem:not-found"));
        api.as(api.office()).get("/figures/summary").then().statusCode(400).body("errors[0].field", equalTo("termId"));
        api.as(Tokens.as("UNIT").sign()).queryParam("termId", term).get("/figures/summary.docx").then().statusCode(403);
    }

    @Test
    void theWorkbookHoldsTheFiguresOfTheJsonForTheTermAndForARound() throws Exception {
        for (Map<String, Object> scope : List.<Map<String, Object>>of(Map.of("termId", term), Map.of("roundId", roundOne),
                Map.of("termId", term, "organizationType", "ORGAN"))) {
            Map<String, Object> json = figures(scope).getMap("");
            byte[] xlsx = api.as(leadership).queryParams(scope).get("/figures.xlsx").then().statusCode(200)
                    .contentType(startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                    .extract().asByteArray();
            Map<String, Object> cells = new java.util.LinkedHashMap<>();
            try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
                Sheet sheet = workbook.getSheet("巡察数据");
                assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).endsWith("巡察工作数据");
                for (int i = 2; i <= sheet.getLastRowNum(); i++) {
                    Row row = sheet.getRow(i);
                    Cell value = row.getCell(2);
                    cells.put(row.getCell(1).getStringCellValue(), value == null ? null : value.getNumericCellValue());
                }
            }
            assertThat(cells).containsKeys("rounds", "findings", "rectification.moneyRecovered", "rectification.rateAtFirstReport");
            List<String> numbers = new java.util.ArrayList<>();
            flatten("", json, numbers);
            numbers.remove("coverage.termId");
            // a figure without a value (no report yet: no rate at the first report) is a blank row, and absent from the JSON
            assertThat(cells.entrySet().stream().filter(cell -> cell.getValue() != null).map(Map.Entry::getKey))
                    .as("every number of the JSON has its row, with a value").containsExactlyInAnyOrderElementsOf(numbers);
            cells.forEach((key, value) -> {
                Object expected = at(json, key);
                if (expected == null) {
                    assertThat(value).as(key).isNull();
                } else {
                    assertThat((Double) value).as(key).isCloseTo(((Number) expected).doubleValue(),
                            org.assertj.core.api.Assertions.within(1e-9));
                }
            });
        }
        api.as(api.office()).get("/figures.xlsx").then().statusCode(400).body("errors[0].field", equalTo("termId"));
        api.as(Tokens.as("UNIT").sign()).queryParam("termId", term).get("/figures.xlsx").then().statusCode(403);
    }

    /** The dotted paths of the JSON's numbers (and of its null ratios), scope aside. */
    @SuppressWarnings("unchecked")
    private static void flatten(String prefix, Map<String, Object> json, List<String> into) {
        json.forEach((key, value) -> {
            if (prefix.isEmpty() && key.equals("scope")) {
                return;
            }
            String path = prefix + key;
            if (value instanceof Map<?, ?> nested) {
                flatten(path + ".", (Map<String, Object>) nested, into);
            } else if (value == null || value instanceof Number) {
                if (!(value == null && prefix.isEmpty())) {
                    into.add(path);
                }
            }
        });
    }

    @SuppressWarnings("unchecked")
    private static Object at(Map<String, Object> json, String path) {
        Object here = json;
        for (String key : path.split("\\.")) {
            here = ((Map<String, Object>) here).get(key);
        }
        return here;
    }

    @Test
    void aCadreOnTwoTeamsIsTwoDeploymentsAndOneCadreAndTheRoundsAddUpToTheTerm() {
        UUID roundTwo = teamB.roundId();
        UUID teamC = api.team(roundTwo);
        api.assign(teamC, teamA.memberId(), "MEMBER").then().statusCode(200);
        api.inspection(teamC, api.organization("水利局党组 " + UUID.randomUUID(), "ORGAN"));

        JsonPath term = figures(Map.of("termId", this.term));
        JsonPath one = figures(Map.of("roundId", roundOne));
        JsonPath two = figures(Map.of("roundId", roundTwo));

        assertThat(term.getLong("cadresDeployed")).isEqualTo(5);
        assertThat(term.getMap("cadresBySourceSystem")).isEqualTo(Map.of("AUDIT", 2, "DISCIPLINE", 3));
        assertThat(term.getLong("distinctCadres")).isEqualTo(4);
        assertThat(term.getMap("distinctCadresBySourceSystem")).isEqualTo(Map.of("AUDIT", 2, "DISCIPLINE", 2));
        assertThat(one.getLong("cadresDeployed")).isEqualTo(2);
        assertThat(two.getLong("cadresDeployed")).isEqualTo(3);
        assertThat(one.getLong("cadresDeployed") + two.getLong("cadresDeployed"))
                .isEqualTo(term.getLong("cadresDeployed"));
        assertThat(two.getLong("distinctCadres")).isEqualTo(3);
    }

    @Test
    void aRoundCountsItsOwn() {
        JsonPath figures = figures(Map.of("roundId", roundOne));

        assertThat(figures.getLong("rounds")).isEqualTo(1);
        assertThat(figures.getMap("cadresBySourceSystem")).isEqualTo(Map.of("DISCIPLINE", 2));
        assertThat(figures.getLong("villagesReachedByExtension")).isEqualTo(2);
        assertThat(figures.getLong("findings")).isEqualTo(3);
        assertThat(figures.getLong("leadsReceived")).isEqualTo(2);
        assertThat(figures.getLong("leadsTransferred")).isEqualTo(1);
        assertThat(figures.getLong("topicReports")).isZero();
        assertThat(figures.getString("coverage")).isNull();
    }

    @Test
    void aTeamAndAnOrganizationTypeNarrowTheFigures() {
        JsonPath team = figures(Map.of("teamId", teamB.teamId()));
        assertThat(team.getMap("findingsByCategory")).isEqualTo(Map.of("COUNTY-2", 1));
        assertThat(team.getLong("organizationsInspected")).isEqualTo(1);

        JsonPath organs = figures(Map.of("termId", term, "organizationType", "ORGAN"));
        assertThat(organs.getLong("rounds")).isEqualTo(1);
        assertThat(organs.getLong("findings")).isEqualTo(1);
        assertThat(organs.getLong("leadsReceived")).isEqualTo(1);
        assertThat(organs.getLong("villagesReachedByExtension")).isZero();
        assertThat(organs.getLong("topicReports")).isZero();
    }

    @Test
    void teamsAndCadresAreCreditedWithWhatTheyFound() {
        JsonPath teams = api.as(api.office()).queryParam("termId", term).get("/figures/teams").then().statusCode(200)
                .extract().jsonPath();
        Map<String, Object> a = teams.getMap("items.find { it.id == '" + teamA.teamId() + "' }");
        assertThat(a).containsEntry("findingsFound", 4).containsEntry("findingsConfirmed", 3)
                .containsEntry("leadsFound", 2).containsEntry("leadsTransferred", 1).containsEntry("leadsLeadingToCase", 1);
        Map<String, Object> b = teams.getMap("items.find { it.id == '" + teamB.teamId() + "' }");
        assertThat(b).containsEntry("findingsFound", 1).containsEntry("leadsLeadingToCase", 0);

        JsonPath cadres = api.as(leadership).queryParam("termId", term).get("/figures/cadres").then().statusCode(200)
                .extract().jsonPath();
        assertThat(cadres.getMap("items.find { it.id == '" + teamA.leaderId() + "' }"))
                .containsEntry("findingsFound", 3).containsEntry("findingsConfirmed", 3).containsEntry("leadsFound", 0);
        assertThat(cadres.getMap("items.find { it.id == '" + teamA.memberId() + "' }"))
                .containsEntry("findingsFound", 1).containsEntry("findingsConfirmed", 0).containsEntry("leadsFound", 2)
                .containsEntry("leadsLeadingToCase", 1);
    }

    @Test
    void figuresNeedATermARoundOrATeam() {
        api.as(api.office()).get("/figures").then().statusCode(400);
    }

    private JsonPath figures(Map<String, Object> query) {
        return api.as(api.office()).queryParams(query).get("/figures").then().statusCode(200).extract().jsonPath();
    }

    private UUID lead(FormedTeam team, UUID inspection) {
        return RoundApi.created(api.as(team.memberToken()).body(Map.of("inspectionId", inspection,
                "summary", "问题线索", "source", "信访")).post("/leads"));
    }

    private void transfer(FormedTeam team, UUID lead, String body) {
        api.as(team.leaderToken()).body(Map.of("assessment", "可查")).post("/leads/{id}/assessment", lead)
                .then().statusCode(200);
        api.as(team.leaderToken()).post("/leads/{id}/report", lead).then().statusCode(200);
        api.as(api.office()).body(Map.of("body", body)).post("/leads/{id}/transfer", lead).then().statusCode(200);
    }

    private FormedTeam auditTeam(UUID roundId) {
        UUID teamId = api.team(roundId);
        UUID leader = api.cadre(Map.of("name", "审计组长", "sourceSystem", "AUDIT"));
        UUID member = api.cadre(Map.of("name", "审计专员", "sourceSystem", "AUDIT"));
        api.joinPool("LEADER", leader);
        api.joinPool("SPECIALIST", member);
        api.assign(teamId, leader, "LEADER").then().statusCode(200);
        api.assign(teamId, member, "MEMBER").then().statusCode(200);
        return new FormedTeam(term, roundId, teamId, leader, member);
    }
}
