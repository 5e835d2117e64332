package org.xuncha.rectification.workbook;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.xuncha.rectification.cases.RectificationCase;
import org.xuncha.rectification.evidence.EvidenceFile;
import org.xuncha.rectification.ledger.ItemOrigin;
import org.xuncha.rectification.ledger.ItemState;
import org.xuncha.rectification.ledger.ItemTerm;
import org.xuncha.rectification.ledger.LedgerItem;
import org.xuncha.rectification.ledger.ProgressNote;
import org.xuncha.rectification.signoff.Capacity;

/**
 * The ledger as the office prints it (整改台账, .xlsx, Apache POI): a header with the organization,
 * the round, the team and the three signatures, then one row per item, then the totals.
 */
@ApplicationScoped
public class LedgerWorkbook {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** The column headings, in order. */
    public static final List<String> COLUMNS = List.of("序号", "问题来源", "问题类别", "问题描述", "涉及人员", "整改措施",
            "责任人", "责任部门", "主管部门", "整改类型", "整改时限", "整改状态", "整改进展", "佐证材料", "追缴资金（元）",
            "建章立制（项）", "追责问责（人）", "销号时间");

    /** The row of the column headings, 0-based; items follow it. */
    public static final int HEADING_ROW = 5;

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    /** How the office's documents name an item's origin, term and state. */
    public static final Map<ItemOrigin, String> ORIGINS = Map.of(ItemOrigin.FINDING, "反馈问题",
            ItemOrigin.SECRETARY_POINT, "书记点人点事清单", ItemOrigin.ACCOUNTABILITY_POINT, "追责问责清单",
            ItemOrigin.OFFICE, "巡察办交办");
    public static final Map<ItemTerm, String> TERMS = Map.of(ItemTerm.IMMEDIATE, "立行立改", ItemTerm.DEADLINE, "限期整改",
            ItemTerm.LONG_TERM, "长期坚持");
    public static final Map<ItemState, String> STATES = Map.of(ItemState.OPEN, "未开始", ItemState.IN_PROGRESS, "整改中",
            ItemState.SUBMITTED, "待销号", ItemState.CLOSED, "已销号");
    private static final Map<Capacity, String> CAPACITIES = Map.of(Capacity.ORGANIZATION, "被巡察党组织",
            Capacity.PRINCIPAL_LEADER, "主要负责人", Capacity.LEADER_IN_CHARGE, "分管领导");

    private final Clock clock;
    private final ZoneId zone;

    public LedgerWorkbook(Clock clock) {
        this.clock = clock;
        this.zone = clock.getZone();
    }

    public byte[] write(RectificationCase ledgerCase, List<LedgerItem> items, Map<UUID, List<ProgressNote>> notes,
            Map<UUID, List<EvidenceFile>> evidence) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(workbook);
            Sheet sheet = workbook.createSheet("整改台账");
            header(sheet, styles, ledgerCase);
            Row headings = sheet.createRow(HEADING_ROW);
            for (int column = 0; column < COLUMNS.size(); column++) {
                text(headings, column, COLUMNS.get(column), styles.heading);
            }
            int rowIndex = HEADING_ROW + 1;
            BigDecimal money = BigDecimal.ZERO;
            long rules = 0;
            long persons = 0;
            for (LedgerItem item : items) {
                Row row = sheet.createRow(rowIndex++);
                List<ProgressNote> itemNotes = notes.getOrDefault(item.id(), List.of());
                List<EvidenceFile> itemEvidence = evidence.getOrDefault(item.id(), List.of());
                row.createCell(0).setCellValue(rowIndex - HEADING_ROW - 1);
                text(row, 1, ORIGINS.get(item.origin()), styles.wrapped);
                text(row, 2, item.categoryName(), styles.wrapped);
                text(row, 3, item.problem(), styles.wrapped);
                text(row, 4, item.persons(), styles.wrapped);
                text(row, 5, item.measures(), styles.wrapped);
                text(row, 6, item.responsiblePerson(), styles.wrapped);
                text(row, 7, item.responsibleDepartment(), styles.wrapped);
                text(row, 8, item.competentDepartment(), styles.wrapped);
                text(row, 9, item.term() == null ? null : TERMS.get(item.term()), styles.wrapped);
                text(row, 10, item.deadline() == null ? null : DAY.format(item.deadline()), styles.wrapped);
                text(row, 11, STATES.get(item.state()), styles.wrapped);
                text(row, 12, itemNotes.isEmpty() ? null : String.join("\n", itemNotes.stream()
                        .map(note -> day(note.writtenAt()) + " " + note.text()).toList()), styles.wrapped);
                text(row, 13, itemEvidence.isEmpty() ? null : String.join("\n", itemEvidence.stream()
                        .map(EvidenceFile::fileName).toList()), styles.wrapped);
                Cell amount = row.createCell(14);
                amount.setCellValue(item.moneyRecovered().doubleValue());
                amount.setCellStyle(styles.money);
                row.createCell(15).setCellValue(item.rulesEstablished());
                row.createCell(16).setCellValue(item.personsHeldAccountable());
                text(row, 17, item.closedAt() == null ? null : minute(item.closedAt()), styles.wrapped);
                money = money.add(item.moneyRecovered());
                rules += item.rulesEstablished();
                persons += item.personsHeldAccountable();
            }
            Row totals = sheet.createRow(rowIndex);
            text(totals, 0, "合计", styles.heading);
            text(totals, 3, items.size() + " 项，已销号 " + items.stream().filter(i -> i.state() == ItemState.CLOSED).count()
                    + " 项", styles.wrapped);
            Cell amount = totals.createCell(14);
            amount.setCellValue(money.doubleValue());
            amount.setCellStyle(styles.money);
            totals.createCell(15).setCellValue(rules);
            totals.createCell(16).setCellValue(persons);
            layout(sheet);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException failure) {
            throw new UncheckedIOException("Cannot write the ledger of case " + ledgerCase.id(), failure);
        }
    }

    private void header(Sheet sheet, Styles styles, RectificationCase ledgerCase) {
        Row title = sheet.createRow(0);
        text(title, 0, ledgerCase.organizationName() + " 巡察整改台账", styles.title);
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, COLUMNS.size() - 1));
        Row about = sheet.createRow(1);
        text(about, 0, "被巡察党组织：" + ledgerCase.organizationName(), null);
        text(about, 4, "巡察轮次：" + ledgerCase.roundTitle(), null);
        text(about, 8, "巡察组：" + ledgerCase.teamName(), null);
        text(about, 12, "反馈时间：" + minute(ledgerCase.fedBackAt()), null);
        Row signed = sheet.createRow(2);
        int column = 0;
        for (Capacity capacity : Capacity.values()) {
            String signature = ledgerCase.signatureOf(capacity)
                    .map(s -> s.name() + "（" + minute(s.signedAt()) + "）").orElse("未签收");
            text(signed, column, CAPACITIES.get(capacity) + "签收：" + signature, null);
            column += 4;
        }
        Row state = sheet.createRow(3);
        text(state, 0, "整改状态：" + ledgerCase.state() + (ledgerCase.overdue() ? "（逾期）" : "")
                + (ledgerCase.escalated() ? "（已约谈/问责）" : ""), null);
        text(state, 4, "整改报告：" + (ledgerCase.reportedAt() == null ? "未报送" : minute(ledgerCase.reportedAt())
                + " " + ledgerCase.reportSignedByName() + " 签署真实性承诺"), null);
        text(state, 12, "导出时间：" + minute(OffsetDateTime.now(clock)), null);
    }

    private static void layout(Sheet sheet) {
        int[] widths = {6, 14, 22, 40, 16, 40, 12, 16, 16, 10, 12, 10, 40, 24, 14, 12, 12, 18};
        for (int column = 0; column < widths.length; column++) {
            sheet.setColumnWidth(column, widths[column] * 256);
        }
        sheet.createFreezePane(0, HEADING_ROW + 1);
        sheet.setAutoFilter(new CellRangeAddress(HEADING_ROW, HEADING_ROW, 0, COLUMNS.size() - 1));
    }

    private String minute(OffsetDateTime at) {
        return at == null ? "" : MINUTE.format(at.atZoneSameInstant(zone));
    }

    private String day(OffsetDateTime at) {
        return DAY.format(at.atZoneSameInstant(zone));
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        if (value != null) {
            cell.setCellValue(value);
        }
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    /** The few styles the sheet uses, made once per workbook. */
    private static final class Styles {

        final CellStyle title;
        final CellStyle heading;
        final CellStyle wrapped;
        final CellStyle money;

        Styles(XSSFWorkbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            Font large = workbook.createFont();
            large.setBold(true);
            large.setFontHeightInPoints((short) 16);
            title = workbook.createCellStyle();
            title.setFont(large);
            title.setAlignment(HorizontalAlignment.CENTER);
            heading = workbook.createCellStyle();
            heading.setFont(bold);
            heading.setAlignment(HorizontalAlignment.CENTER);
            heading.setVerticalAlignment(VerticalAlignment.CENTER);
            heading.setWrapText(true);
            heading.setBorderBottom(BorderStyle.THIN);
            wrapped = workbook.createCellStyle();
            wrapped.setWrapText(true);
            wrapped.setVerticalAlignment(VerticalAlignment.TOP);
            money = workbook.createCellStyle();
            money.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
        }
    }
}
