package org.xuncha.round.figures;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The figures of a scope as an {@code .xlsx}: one sheet, a row per figure with its Chinese label,
 * its name in the JSON of GET /figures (a dotted path: {@code coverage.rate},
 * {@code cadresBySourceSystem.DISCIPLINE}) and its value as a number; a ratio is a fraction shown as a
 * percentage, a ratio that has no value (nothing fed back yet) a blank cell.
 */
public final class FigureWorkbook {

    /** The sheet's name. */
    public static final String SHEET = "巡察数据";

    private static final Map<String, String> SOURCE_SYSTEMS = Map.of("DISCIPLINE", "纪检监察系统", "ORGANIZATION",
            "组织系统", "INSPECTION_OFFICE", "巡察机构", "AUDIT", "审计系统", "FINANCE", "财政系统", "OTHER", "其他系统");
    private static final Map<String, String> RECEIVING_BODIES = Map.of("DISCIPLINE_COMMISSION", "纪委监委",
            "ORGANIZATION_DEPARTMENT", "组织部", "OTHER", "其他单位");

    private final XSSFWorkbook workbook = new XSSFWorkbook();
    private final Sheet sheet = workbook.createSheet(SHEET);
    private final CellStyle percent = workbook.createCellStyle();
    private final CellStyle money = workbook.createCellStyle();
    private int rows;

    private FigureWorkbook() {
        percent.setDataFormat(workbook.createDataFormat().getFormat("0.00%"));
        money.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
    }

    /** The workbook of a scope's figures, titled with the scope's name. */
    public static byte[] write(String title, Figures.Totals totals) {
        FigureWorkbook book = new FigureWorkbook();
        try (XSSFWorkbook workbook = book.workbook; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            book.fill(title, totals);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void fill(String title, Figures.Totals t) {
        CellStyle bold = workbook.createCellStyle();
        Font font = workbook.createFont();
        font.setBold(true);
        bold.setFont(font);
        Row heading = sheet.createRow(rows++);
        heading.createCell(0).setCellValue(title);
        heading.getCell(0).setCellStyle(bold);
        Row header = sheet.createRow(rows++);
        String[] names = {"指标", "字段", "数值"};
        for (int i = 0; i < names.length; i++) {
            header.createCell(i).setCellValue(names[i]);
            header.getCell(i).setCellStyle(bold);
        }
        count("巡察轮次", "rounds", t.rounds());
        count("巡察组", "teams", t.teams());
        count("抽调干部（人次）", "cadresDeployed", t.cadresDeployed());
        t.cadresBySourceSystem().forEach((system, n) -> count("  其中" + SOURCE_SYSTEMS.getOrDefault(system, system)
                + "干部（人次）", "cadresBySourceSystem." + system, n));
        count("抽调干部（人）", "distinctCadres", t.distinctCadres());
        t.distinctCadresBySourceSystem().forEach((system, n) -> count("  其中" + SOURCE_SYSTEMS.getOrDefault(system,
                system) + "干部（人）", "distinctCadresBySourceSystem." + system, n));
        count("被巡察党组织", "organizationsInspected", t.organizationsInspected());
        if (t.coverage() != null) {
            count("应覆盖党组织", "coverage.inScope", t.coverage().inScope());
            count("已覆盖党组织", "coverage.covered", t.coverage().covered());
            ratio("巡察覆盖率", "coverage.rate", t.coverage().rate());
        }
        count("巡镇带村覆盖村（社区）", "villagesReachedByExtension", t.villagesReachedByExtension());
        count("发现问题", "findings", t.findings());
        t.findingsByCategory().forEach((category, n) -> count("  其中问题类别 " + category, "findingsByCategory." + category, n));
        count("反馈问题", "findingsFedBack", t.findingsFedBack());
        count("已整改问题", "findingsRectified", t.findingsRectified());
        count("受理问题线索", "leadsReceived", t.leadsReceived());
        count("移交问题线索", "leadsTransferred", t.leadsTransferred());
        t.leadsTransferredTo().forEach((body, n) -> count("  其中移交" + RECEIVING_BODIES.getOrDefault(body, body),
                "leadsTransferredTo." + body, n));
        count("立案", "casesFiled", t.casesFiled());
        count("处分人数", "personsSanctioned", t.personsSanctioned());
        count("移送司法机关", "judicialTransfers", t.judicialTransfers());
        count("反馈整改意见", "opinionsIssued", t.opinionsIssued());
        count("提出意见建议", "recommendationsIssued", t.recommendationsIssued());
        count("专题报告", "topicReports", t.topicReports());
        Figures.Rectification r = t.rectification();
        ratio("首次报告整改率", "rectification.rateAtFirstReport", r.rateAtFirstReport());
        ratio("督查后整改率", "rectification.rateAfterSupervision", r.rateAfterSupervision());
        count("逾期未完成整改事项", "rectification.itemsOverdue", r.itemsOverdue());
        Row recovered = row("追缴资金（元）", "rectification.moneyRecovered");
        if (r.moneyRecovered() != null) {
            recovered.createCell(2).setCellValue(r.moneyRecovered().doubleValue());
            recovered.getCell(2).setCellStyle(money);
        }
        count("建立完善制度", "rectification.rulesEstablished", r.rulesEstablished());
        count("问责人数", "rectification.personsHeldAccountable", r.personsHeldAccountable());
        count("整改完成（销号）", "rectification.casesClosed", r.casesClosed());
        sheet.setColumnWidth(0, 36 * 256);
        sheet.setColumnWidth(1, 44 * 256);
        sheet.setColumnWidth(2, 16 * 256);
        sheet.createFreezePane(0, 2);
    }

    private Row row(String label, String key) {
        Row row = sheet.createRow(rows++);
        row.createCell(0).setCellValue(label);
        row.createCell(1).setCellValue(key);
        return row;
    }

    private void count(String label, String key, long value) {
        row(label, key).createCell(2).setCellValue(value);
    }

    private void ratio(String label, String key, BigDecimal value) {
        Row row = row(label, key);
        if (value != null) {
            row.createCell(2).setCellValue(value.doubleValue());
            row.getCell(2).setCellStyle(percent);
        }
    }
}
