package org.xuncha.rectification.imports;

import org.xuncha.platform.imports.Columns;

/**
 * The columns of a historical ledger import, by their English names or the office ledger's Chinese
 * ones. A row is a case (类别 案件) or an item (类别 事项); each names its inspection by the office's
 * number, an item itself by its finding's number or the office's number of an item it added. The
 * choices are what the template's drop-down lists offer (the Chinese the office's ledger writes; the
 * English names are read too), the example its example row: an item of a finding, closed.
 */
public final class LedgerColumns {

    public static final Columns COLUMNS = Columns.of("ledgers")
            .column("kind", true, "类别", "行类别")
            .column("inspectionNumber", true, "巡察编号", "巡察任务编号")
            .column("itemNumber", false, "问题编号", "事项编号", "台账编号")
            .alias("itemNumber", "findingNumber")
            .column("origin", false, "事项来源", "来源")
            .column("problem", false, "问题描述", "问题")
            .column("persons", false, "涉及人员")
            .column("measures", false, "整改措施")
            .column("responsiblePerson", false, "责任人")
            .column("responsibleDepartment", false, "责任单位", "责任部门")
            .column("term", false, "整改类型", "整改时限类型")
            .column("deadline", false, "整改期限", "完成时限")
            .column("state", false, "状态", "整改状态")
            .column("moneyRecovered", false, "挽回经济损失", "追缴资金", "挽回资金")
            .column("rulesEstablished", false, "建章立制", "建立制度")
            .column("personsHeldAccountable", false, "追责问责人数", "问责人数")
            .column("closedOn", false, "销号日期", "办结日期")
            .column("organizationSignedOn", false, "单位签收日期", "党组织签收日期")
            .column("organizationSigner", false, "单位签收人")
            .column("principalLeaderSignedOn", false, "主要负责人签收日期")
            .column("leaderInChargeSignedOn", false, "分管领导签收日期")
            .column("planSubmittedOn", false, "整改方案报送日期")
            .column("plan", false, "整改方案")
            .column("reportedOn", false, "整改报告报送日期")
            .column("reportSummary", false, "整改报告")
            .choices("kind", "案件", "事项")
            .choices("origin", "反馈问题", "书记点人点事", "追责问责", "巡察办")
            .choices("term", "立行立改", "限期整改", "长期坚持")
            .choices("state", "未开始", "待签收", "整改中", "已提交", "已报告", "核查中", "已销号")
            .example("kind", "事项")
            .example("inspectionNumber", "QH-1-01")
            .example("itemNumber", "QH-1-01-001")
            .example("origin", "反馈问题")
            .example("measures", "资金收回并纳入三资平台管理")
            .example("responsiblePerson", "张三")
            .example("responsibleDepartment", "青山镇党委")
            .example("term", "限期整改")
            .example("deadline", "2019-08-31")
            .example("state", "已销号")
            .example("moneyRecovered", "126000.00")
            .example("rulesEstablished", "2")
            .example("personsHeldAccountable", "1")
            .example("closedOn", "2019-07-15");

    private LedgerColumns() {
    }
}
