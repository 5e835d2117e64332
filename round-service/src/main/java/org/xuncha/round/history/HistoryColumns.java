package org.xuncha.round.history;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The columns of a history file, by their English names or the office ledger's Chinese ones. */
public final class HistoryColumns {

    public static final List<String> ALL = List.of("kind", "roundNumber", "roundKind", "theme", "partnerCommittee",
            "startsOn", "batch", "teamName", "teamKind", "cadreId", "cadreName", "position", "sourceSystem",
            "inspectionNumber", "organizationCode", "stationedOn", "withdrawnOn", "addedOn", "findingNumber",
            "categoryCode", "description", "moneyInvolved", "state", "foundOn", "leadNumber", "summary", "persons",
            "source", "receivedOn", "transferredOn", "transferredTo", "receivingBody", "disposition", "disposedOn",
            "casesFiled", "personsSanctioned", "judicialTransfers", "archivedOn", "reportNumber", "reportKind", "title",
            "body", "approvedOn", "department", "content", "issuedOn");

    private static final Map<String, String> ALIASES = new HashMap<>();

    static {
        ALL.forEach(column -> ALIASES.put(key(column), column));
        alias("kind", "类别", "记录类别", "数据类别");
        alias("roundNumber", "轮次", "轮次编号", "第几轮");
        alias("roundKind", "巡察类型", "轮次类型");
        alias("theme", "主题", "专项主题");
        alias("partnerCommittee", "联动单位", "合作党委");
        alias("startsOn", "开始日期", "启动日期");
        alias("batch", "批次");
        alias("teamName", "巡察组", "组名");
        alias("teamKind", "组别类型", "巡察组类型");
        alias("cadreName", "姓名", "干部姓名");
        alias("position", "职务", "组内职务");
        alias("sourceSystem", "来源系统", "干部来源");
        alias("inspectionNumber", "巡察编号", "任务编号");
        alias("organizationCode", "单位编码", "被巡察单位编码", "编码");
        alias("stationedOn", "进驻日期");
        alias("withdrawnOn", "撤离日期");
        alias("addedOn", "延伸日期");
        alias("findingNumber", "问题编号");
        alias("categoryCode", "问题类别", "类别编码");
        alias("description", "问题描述", "描述");
        alias("moneyInvolved", "涉及金额", "金额");
        alias("state", "状态", "问题状态");
        alias("foundOn", "发现日期");
        alias("leadNumber", "线索编号");
        alias("summary", "线索摘要", "摘要");
        alias("persons", "涉及人员");
        alias("source", "线索来源", "来源");
        alias("receivedOn", "受理日期");
        alias("transferredOn", "移交日期");
        alias("transferredTo", "移交单位");
        alias("receivingBody", "接收单位名称", "接收单位");
        alias("disposition", "办理结果");
        alias("disposedOn", "办结日期");
        alias("casesFiled", "立案数");
        alias("personsSanctioned", "处分人数");
        alias("judicialTransfers", "移送司法数");
        alias("archivedOn", "归档日期");
        alias("reportNumber", "报告编号");
        alias("reportKind", "报告类型");
        alias("title", "标题", "报告标题");
        alias("body", "正文");
        alias("approvedOn", "批准日期", "审定日期");
        alias("department", "部门", "建议部门");
        alias("content", "内容", "建议内容");
        alias("issuedOn", "反馈日期", "印发日期");
    }

    private HistoryColumns() {
    }

    private static void alias(String column, String... names) {
        for (String name : names) {
            ALIASES.put(key(name), column);
        }
    }

    private static String key(String header) {
        return header.strip().replace("_", "").replace(" ", "").replace("-", "").toLowerCase(Locale.ROOT);
    }

    /** The column a header names, in English (camelCase or snake_case) or Chinese. */
    public static Optional<String> of(String header) {
        return Optional.ofNullable(ALIASES.get(key(header == null ? "" : header.replace("\uFEFF", ""))));
    }
}
