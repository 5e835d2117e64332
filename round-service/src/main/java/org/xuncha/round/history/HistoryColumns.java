package org.xuncha.round.history;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import org.xuncha.platform.imports.Columns;

/** The columns of a history file, by their English names or the office ledger's Chinese ones. */
public final class HistoryColumns {

    public static final Columns COLUMNS = Columns.of("history")
            .column("kind", true, "类别", "记录类别", "数据类别")
            .column("roundNumber", false, "轮次", "轮次编号", "第几轮")
            .column("roundKind", false, "巡察类型", "轮次类型")
            .column("theme", false, "主题", "专项主题")
            .column("partnerCommittee", false, "联动单位", "合作党委")
            .column("startsOn", false, "开始日期", "启动日期")
            .column("batch", false, "批次")
            .column("teamName", false, "巡察组", "组名")
            .column("teamKind", false, "组别类型", "巡察组类型")
            .column("cadreId", false)
            .column("cadreName", false, "姓名", "干部姓名")
            .column("position", false, "职务", "组内职务")
            .column("sourceSystem", false, "来源系统", "干部来源")
            .column("inspectionNumber", false, "巡察编号", "任务编号")
            .column("organizationCode", false, "单位编码", "被巡察单位编码", "编码")
            .column("stationedOn", false, "进驻日期")
            .column("withdrawnOn", false, "撤离日期")
            .column("addedOn", false, "延伸日期")
            .column("findingNumber", false, "问题编号")
            .column("categoryCode", false, "问题类别", "类别编码")
            .column("description", false, "问题描述", "描述")
            .column("moneyInvolved", false, "涉及金额", "金额")
            .column("state", false, "状态", "问题状态")
            .column("foundOn", false, "发现日期")
            .column("leadNumber", false, "线索编号")
            .column("summary", false, "线索摘要", "摘要")
            .column("persons", false, "涉及人员")
            .column("source", false, "线索来源", "来源")
            .column("receivedOn", false, "受理日期")
            .column("transferredOn", false, "移交日期")
            .column("transferredTo", false, "移交单位")
            .column("receivingBody", false, "接收单位名称", "接收单位")
            .column("disposition", false, "办理结果")
            .column("disposedOn", false, "办结日期")
            .column("casesFiled", false, "立案数")
            .column("personsSanctioned", false, "处分人数")
            .column("judicialTransfers", false, "移送司法数")
            .column("archivedOn", false, "归档日期")
            .column("reportNumber", false, "报告编号")
            .column("reportKind", false, "报告类型")
            .column("title", false, "标题", "报告标题")
            .column("body", false, "正文")
            .column("approvedOn", false, "批准日期", "审定日期")
            .column("department", false, "部门", "建议部门")
            .column("content", false, "内容", "建议内容")
            .column("issuedOn", false, "反馈日期", "印发日期")
            .choices("kind", "轮次", "巡察组", "组员", "巡察任务", "延伸", "问题", "线索", "报告", "建议", "反馈")
            .choices("roundKind", "常规", "专项", "机动", "回头看", "联动", "交叉", "提级")
            .choices("teamKind", "常设", "临时")
            .choices("position", "组长", "副组长", "组员")
            .choices("sourceSystem", "纪检监察", "组织", "巡察机构", "审计", "财政", "其他")
            .choices("state", "草稿", "已确认", "已反馈", "整改中", "已整改")
            .choices("transferredTo", "纪委监委", "组织部", "其他")
            .choices("disposition", "立案", "处分", "移送司法", "谈话函询", "组织处理", "了结")
            .choices("reportKind", "巡察报告", "专题报告")
            .example("kind", "轮次").example("roundNumber", "1").example("roundKind", "常规")
            .example("startsOn", "2018-03-01").example("batch", "1");

    public static final List<String> ALL = COLUMNS.all();

    HistoryColumns() {
    }

    /** The history kind's columns as a bean, found by the import templates among the kinds. */
    @Produces
    @Singleton
    static Columns columns() {
        return COLUMNS;
    }

    /** The column a header names, in English (camelCase or snake_case) or Chinese. */
    public static Optional<String> of(String header) {
        return COLUMNS.named(header);
    }
}
