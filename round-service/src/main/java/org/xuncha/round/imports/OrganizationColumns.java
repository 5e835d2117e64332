package org.xuncha.round.imports;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import org.xuncha.platform.imports.Columns;

/** The columns of an organization import, by their English names or the office ledger's Chinese ones. */
public final class OrganizationColumns {

    public static final Columns COLUMNS = Columns.of("organizations")
            .column("officeCode", true, "编码", "组织编码", "单位编码", "党组织编码", "code")
            .column("name", true, "名称", "组织名称", "党组织名称", "单位名称")
            .column("type", true, "类型", "组织类型", "党组织类型")
            .column("parentCode", false, "上级编码", "上级组织编码", "上级党组织编码")
            .column("parentCreditCode", false, "上级统一社会信用代码", "上级信用代码")
            .column("creditCode", false, "统一社会信用代码", "信用代码")
            .column("disciplineBody", false, "纪检监察机构", "联系纪检监察机构", "纪检监察组")
            .column("cityDirected", false, "市委直管", "是否市委直管")
            .column("principalLeaderName", false, "主要负责人", "主要负责人姓名")
            .column("principalLeaderPost", false, "主要负责人职务")
            .column("leaderInChargeName", false, "分管领导", "分管领导姓名")
            .column("leaderInChargePost", false, "分管领导职务")
            .choices("type", "县", "机关", "乡镇", "街道", "村", "社区", "国有企业", "学校", "事业单位", "其他")
            .choices("cityDirected", "是", "否")
            .example("officeCode", "410622-001").example("name", "城关镇党委").example("type", "乡镇")
            .example("disciplineBody", "县纪委监委第一派驻纪检监察组").example("cityDirected", "否")
            .example("principalLeaderName", "张明").example("principalLeaderPost", "党委书记");
    public static final List<String> ALL = COLUMNS.all();
    public static final List<String> REQUIRED = COLUMNS.required();

    OrganizationColumns() {
    }

    /** The organization kind's columns as a bean, found by the import templates among the kinds. */
    @Produces
    @Singleton
    static Columns columns() {
        return COLUMNS;
    }

    /** The column a header names, whether in English (camelCase or snake_case) or Chinese. */
    public static Optional<String> of(String header) {
        return COLUMNS.named(header);
    }
}
