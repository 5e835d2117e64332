package org.xuncha.rectification.imports;

import org.xuncha.platform.imports.Columns;

/**
 * The columns of a historical ledger import, by their English names or the office ledger's Chinese
 * ones. A row is a case (类别 案件) or an item (类别 事项); each names its inspection by the office's
 * number, an item itself by its finding's number or the office's number of an item it added.
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
            .column("reportSummary", false, "整改报告");

    private LedgerColumns() {
    }
}
