package org.xuncha.rectification.report;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.xuncha.platform.documents.OfficialDocument;
import org.xuncha.platform.problem.Conflict;
import org.xuncha.platform.security.Caller;
import org.xuncha.rectification.cases.Cases;
import org.xuncha.rectification.cases.RectificationCase;
import org.xuncha.rectification.ledger.LedgerItem;
import org.xuncha.rectification.ledger.LedgerItemRepository;
import org.xuncha.rectification.workbook.LedgerWorkbook;

/**
 * The rectification report (整改报告) as the organization sends it, from what the case recorded when
 * the secretary signed it: the counts of that moment and the rate they give, the report's own text,
 * each ledger item with its measures, who answers for it, its deadline and its state, and attached,
 * the truthfulness commitment (真实性承诺书) in the secretary's name. Only once the report is in.
 * Read by whoever may read the case.
 */
@ApplicationScoped
public class RectificationReportDocument {

    /** The title of the attachment. */
    public static final String COMMITMENT = "整改情况真实性承诺书";
    /** The column headings of the items' table. */
    public static final List<String> COLUMNS = List.of("序号", "问题描述", "整改措施", "责任人", "整改时限", "整改状态");

    private final Cases cases;
    private final LedgerItemRepository items;
    private final Clock clock;

    public RectificationReportDocument(Cases cases, LedgerItemRepository items, Clock clock) {
        this.cases = cases;
        this.items = items;
        this.clock = clock;
    }

    public OfficialDocument.Written of(UUID caseId, Caller caller) {
        RectificationCase reported = cases.get(caseId, caller);
        if (reported.reportedAt() == null) {
            throw new Conflict("report-missing", "Case " + caseId + " has no rectification report yet (it is "
                    + reported.state() + "); the document is written from the report once the organization submits it");
        }
        List<LedgerItem> ledger = items.ofCase(caseId);
        String organization = reported.organizationName();
        LocalDate reportedOn = day(reported.reportedAt());
        int fedBack = reported.reportItemsFedBack() == null ? 0 : reported.reportItemsFedBack();
        int closed = reported.reportItemsClosed() == null ? 0 : reported.reportItemsClosed();
        BigDecimal money = ledger.stream().map(LedgerItem::moneyRecovered).reduce(BigDecimal.ZERO, BigDecimal::add);
        OfficialDocument.Builder document = OfficialDocument
                .titled(organization + "关于" + reported.roundTitle() + "巡察反馈意见整改情况的报告")
                .addressee("巡察工作领导小组：")
                .paragraph(reported.teamName() + "于" + OfficialDocument.date(day(reported.fedBackAt()))
                        + "向我单位反馈了巡察意见。现将整改情况报告如下。")
                .heading("一、整改总体情况")
                .paragraph("截至" + OfficialDocument.date(reportedOn) + "，巡察反馈问题" + fedBack + "个，已完成整改" + closed
                        + "个" + (fedBack == 0 ? "" : "，整改率" + percent(closed, fedBack) + "%") + "；整改任务共"
                        + ledger.size() + "项，追缴资金" + money.setScale(2, RoundingMode.HALF_UP).toPlainString() + "元，建章立制"
                        + ledger.stream().mapToInt(LedgerItem::rulesEstablished).sum() + "项，追责问责"
                        + ledger.stream().mapToInt(LedgerItem::personsHeldAccountable).sum() + "人。")
                .paragraph(reported.reportSummary())
                .heading("二、问题整改情况")
                .table(COLUMNS, rows(ledger))
                .signed(organization, reportedOn)
                .attachment(COMMITMENT, commitment -> commitment
                        .paragraph("本人作为" + organization + "党组织书记，对本单位" + reported.roundTitle()
                                + "巡察反馈意见整改情况报告及整改台账的真实性负责，郑重承诺：所报整改情况真实、准确、完整，"
                                + "不存在虚假整改、敷衍整改、数字整改等问题。如有不实，本人愿承担相应责任。")
                        .plain("")
                        .right("承诺人：" + reported.reportSignedByName())
                        .right(OfficialDocument.date(reportedOn)));
        return new OfficialDocument.Written(organization + "-" + reported.roundTitle() + "-整改报告.docx", document.write());
    }

    private static List<List<String>> rows(List<LedgerItem> ledger) {
        List<List<String>> rows = new ArrayList<>();
        for (LedgerItem item : ledger) {
            rows.add(List.of(Integer.toString(rows.size() + 1), item.problem(), text(item.measures()),
                    text(item.responsiblePerson()),
                    item.deadline() == null ? "" : OfficialDocument.date(item.deadline()),
                    LedgerWorkbook.STATES.get(item.state())));
        }
        return rows;
    }

    private static String percent(int part, int whole) {
        return BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString();
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private LocalDate day(OffsetDateTime at) {
        return at.atZoneSameInstant(clock.getZone()).toLocalDate();
    }
}
