package org.xuncha.rectification.cases;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.xuncha.platform.documents.OfficialDocument;
import org.xuncha.platform.security.Caller;
import org.xuncha.rectification.ledger.ItemOrigin;
import org.xuncha.rectification.ledger.LedgerItem;
import org.xuncha.rectification.ledger.LedgerItemRepository;
import org.xuncha.rectification.workbook.LedgerWorkbook;

/**
 * The rectification notice (整改通知) of a case: what the organization must do by when (the sign-off,
 * the plan, the report with its truthfulness commitment, each item closed against its evidence), with
 * the task list of the ledger's items and their deadlines attached. Read by whoever may read the case.
 */
@ApplicationScoped
public class RectificationNotice {

    /** The title of the attachment. */
    public static final String TASK_LIST = "整改任务清单";
    /** Who signs the notice. */
    public static final String ISSUER = "巡察工作领导小组办公室";
    /** The column headings of the task list. */
    public static final List<String> COLUMNS = List.of("序号", "问题来源", "问题类别", "问题描述", "整改类型", "整改时限");

    private final Cases cases;
    private final LedgerItemRepository items;
    private final Clock clock;

    public RectificationNotice(Cases cases, LedgerItemRepository items, Clock clock) {
        this.cases = cases;
        this.items = items;
        this.clock = clock;
    }

    public OfficialDocument.Written of(UUID caseId, Caller caller) {
        RectificationCase notified = cases.get(caseId, caller);
        List<LedgerItem> ledger = items.ofCase(caseId);
        long fedBack = ledger.stream().filter(item -> item.origin() == ItemOrigin.FINDING).count();
        String organization = notified.organizationName();
        byte[] content = OfficialDocument.titled("关于抓好" + notified.roundTitle() + "巡察反馈问题整改落实的通知")
                .addressee(organization + "：")
                .paragraph(notified.teamName() + "已于" + date(notified.fedBackAt()) + "向你单位反馈了巡察意见，反馈问题"
                        + fedBack + "个，整改任务共" + ledger.size() + "项（详见附件）。请你单位切实履行整改主体责任，按以下要求"
                        + "抓好整改落实。")
                .heading("一、按时签收")
                .paragraph("请你单位、主要负责人" + named(notified.principalLeader()) + "和分管领导"
                        + named(notified.leaderInCharge()) + "于" + date(notified.signOffDueAt()) + "前完成反馈意见签收。")
                .heading("二、制定整改方案")
                .paragraph("于" + date(notified.planDueAt()) + "前报送整改方案，逐项明确整改措施、责任人、责任部门和整改时限。")
                .heading("三、报送整改报告")
                .paragraph("于" + date(notified.reportDueAt()) + "前报送整改报告。整改报告由党组织书记签字，并作出真实性承诺。")
                .heading("四、逐项对账销号")
                .paragraph("立行立改的即知即改，限期整改的在整改时限内完成，长期坚持的建章立制、持续推进；每项整改完成后提交佐证材料，"
                        + "经巡察办审核后对账销号。逾期未完成的，按规定督办问责。")
                .signed(ISSUER, day(notified.openedAt()))
                .attachment(TASK_LIST, list -> list.table(COLUMNS, rows(ledger)))
                .write();
        return new OfficialDocument.Written(organization + "-" + notified.roundTitle() + "-整改通知.docx", content);
    }

    private static List<List<String>> rows(List<LedgerItem> ledger) {
        List<List<String>> rows = new ArrayList<>();
        for (LedgerItem item : ledger) {
            rows.add(List.of(Integer.toString(rows.size() + 1), LedgerWorkbook.ORIGINS.get(item.origin()),
                    item.categoryName() == null ? "" : item.categoryName(), item.problem(),
                    item.term() == null ? "待定" : LedgerWorkbook.TERMS.get(item.term()),
                    item.deadline() == null ? "待定" : OfficialDocument.date(item.deadline())));
        }
        return rows;
    }

    private static String named(Leader leader) {
        return leader == null ? "" : leader.name() + (leader.post() == null ? "" : "（" + leader.post() + "）");
    }

    private String date(OffsetDateTime at) {
        return OfficialDocument.date(day(at));
    }

    private LocalDate day(OffsetDateTime at) {
        return at.atZoneSameInstant(clock.getZone()).toLocalDate();
    }
}
