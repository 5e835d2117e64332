package org.xuncha.rectification.workbook;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.xuncha.rectification.Driver.Actors;
import org.xuncha.rectification.Driver;
import org.xuncha.testing.Tokens;

/** The Excel ledger, read back with POI: the header the office prints, one row per item, the totals. */
@QuarkusTest
class LedgerWorkbookTest {

    private final Driver driver;
    private final DataFormatter formatter = new DataFormatter();

    LedgerWorkbookTest(Driver driver) {
        this.driver = driver;
    }

    @Test
    void theLedgerWorkbookHasTheHeaderAndOneRowPerItem() throws Exception {
        Actors actors = driver.rectifyingCase(2);
        List<String> items = driver.itemIds(actors.caseId());
        driver.bringTo(actors, items.get(0), "CLOSED");
        driver.as(actors.unit()).body(Map.of("text", "已召开专题会议")).post("/ledger-items/{id}/notes", items.get(1))
                .then().statusCode(201);
        driver.as(driver.office()).body(Map.of("caseId", actors.caseId(), "origin", "ACCOUNTABILITY_POINT",
                "problem", "虚报冒领", "persons", "会计李某")).post("/ledger-items").then().statusCode(201);

        Response download = given().auth().oauth2(actors.leaderInCharge()).get("/cases/{id}/ledger.xlsx", actors.caseId());

        download.then().statusCode(200).contentType(LedgerWorkbook.MEDIA_TYPE);
        assertThat(download.header("Content-Disposition")).contains("attachment").contains(".xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(download.asByteArray()))) {
            Sheet sheet = workbook.getSheetAt(0);
            String header = text(sheet, 0, LedgerWorkbook.HEADING_ROW);
            assertThat(header).contains("城关镇党委 巡察整改台账").contains("巡察轮次：第10轮").contains("第一巡察组");
            assertThat(header).contains("被巡察党组织签收：城关镇党委").contains("主要负责人签收：王建国")
                    .contains("分管领导签收：李明");
            assertThat(cells(sheet.getRow(LedgerWorkbook.HEADING_ROW))).isEqualTo(LedgerWorkbook.COLUMNS);
            Row closed = sheet.getRow(LedgerWorkbook.HEADING_ROW + 1);
            assertThat(formatter.formatCellValue(closed.getCell(1))).isEqualTo("反馈问题");
            assertThat(formatter.formatCellValue(closed.getCell(3))).isEqualTo("问题 1");
            assertThat(formatter.formatCellValue(closed.getCell(5))).isEqualTo("全面清理账外资金，纳入三资平台统一管理");
            assertThat(formatter.formatCellValue(closed.getCell(9))).isEqualTo("限期整改");
            assertThat(formatter.formatCellValue(closed.getCell(11))).isEqualTo("已销号");
            assertThat(formatter.formatCellValue(closed.getCell(13))).isEqualTo("凭证.pdf");
            assertThat(closed.getCell(14).getNumericCellValue()).isEqualTo(1000.0);
            assertThat(formatter.formatCellValue(closed.getCell(17))).isNotBlank();
            Row inProgress = sheet.getRow(LedgerWorkbook.HEADING_ROW + 2);
            assertThat(formatter.formatCellValue(inProgress.getCell(11))).isEqualTo("未开始");
            assertThat(formatter.formatCellValue(inProgress.getCell(12))).endsWith("已召开专题会议");
            Row added = sheet.getRow(LedgerWorkbook.HEADING_ROW + 3);
            assertThat(formatter.formatCellValue(added.getCell(1))).isEqualTo("追责问责清单");
            assertThat(formatter.formatCellValue(added.getCell(4))).isEqualTo("会计李某");
            Row totals = sheet.getRow(LedgerWorkbook.HEADING_ROW + 4);
            assertThat(formatter.formatCellValue(totals.getCell(0))).isEqualTo("合计");
            assertThat(totals.getCell(14).getNumericCellValue()).isEqualTo(1000.0);
            assertThat(sheet.getLastRowNum()).isEqualTo(LedgerWorkbook.HEADING_ROW + 4);
        }
    }

    @Test
    void anotherOrganizationCannotDownloadTheLedger() {
        Actors actors = driver.openCase(1);

        given().auth().oauth2(Tokens.as("UNIT").organization(UUID.randomUUID()).sign())
                .get("/cases/{id}/ledger.xlsx", actors.caseId()).then().statusCode(404).contentType(Driver.PROBLEM);
    }

    private String text(Sheet sheet, int from, int to) {
        StringBuilder all = new StringBuilder();
        for (int r = from; r < to; r++) {
            Row row = sheet.getRow(r);
            if (row != null) {
                cells(row).forEach(cell -> all.append(cell).append('\n'));
            }
        }
        return all.toString();
    }

    private List<String> cells(Row row) {
        List<String> values = new ArrayList<>();
        for (Cell cell : row) {
            String value = formatter.formatCellValue(cell);
            if (!value.isEmpty()) {
                values.add(value);
            }
        }
        return values;
    }
}
