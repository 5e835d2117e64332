package org.xuncha.round.imports;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The columns of an organization import, by their English names or the office ledger's Chinese ones. */
public final class OrganizationColumns {

    public static final List<String> ALL = List.of("officeCode", "name", "type", "parentCode", "parentCreditCode",
            "creditCode", "disciplineBody", "cityDirected", "principalLeaderName", "principalLeaderPost",
            "leaderInChargeName", "leaderInChargePost");
    public static final List<String> REQUIRED = List.of("officeCode", "name", "type");

    private static final Map<String, String> ALIASES = new HashMap<>();

    static {
        ALL.forEach(column -> ALIASES.put(key(column), column));
        alias("officeCode", "编码", "组织编码", "单位编码", "党组织编码", "code");
        alias("name", "名称", "组织名称", "党组织名称", "单位名称");
        alias("type", "类型", "组织类型", "党组织类型");
        alias("parentCode", "上级编码", "上级组织编码", "上级党组织编码");
        alias("parentCreditCode", "上级统一社会信用代码", "上级信用代码");
        alias("creditCode", "统一社会信用代码", "信用代码");
        alias("disciplineBody", "纪检监察机构", "联系纪检监察机构", "纪检监察组");
        alias("cityDirected", "市委直管", "是否市委直管");
        alias("principalLeaderName", "主要负责人", "主要负责人姓名");
        alias("principalLeaderPost", "主要负责人职务");
        alias("leaderInChargeName", "分管领导", "分管领导姓名");
        alias("leaderInChargePost", "分管领导职务");
    }

    private OrganizationColumns() {
    }

    private static void alias(String column, String... names) {
        for (String name : names) {
            ALIASES.put(key(name), column);
        }
    }

    private static String key(String header) {
        return header.strip().replace("_", "").replace(" ", "").replace("-", "").toLowerCase(Locale.ROOT);
    }

    /** The column a header names, whether in English (camelCase or snake_case) or Chinese. */
    public static Optional<String> of(String header) {
        return Optional.ofNullable(ALIASES.get(key(header == null ? "" : header.replace("\uFEFF", ""))));
    }
}
