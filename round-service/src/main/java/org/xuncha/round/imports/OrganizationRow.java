package org.xuncha.round.imports;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.xuncha.platform.imports.Cells;
import org.xuncha.platform.imports.SourceRow;
import org.xuncha.round.registry.CreditCode;
import org.xuncha.round.registry.OrganizationType;

/**
 * A row of an organization import checked by the rules of POST /organizations: a name of at most
 * 200 characters, a type, a credit code that passes its check character; and the import's own, an
 * office code of at most 64 characters. The tree (parents) is resolved once all rows are in.
 */
public record OrganizationRow(long line, String officeCode, String name, OrganizationType type, String parentCode,
        String parentCreditCode, String creditCode, String disciplineBody, boolean cityDirected,
        String principalLeaderName, String principalLeaderPost, String leaderInChargeName, String leaderInChargePost) {

    /** A row error: the column (absent when it is the row as a whole) and why. */
    public record Rejection(String column, String reason) {
    }

    private static final Map<String, OrganizationType> TYPE_NAMES = Map.ofEntries(
            Map.entry("县", OrganizationType.COUNTY), Map.entry("县(市、区)", OrganizationType.COUNTY),
            Map.entry("县（市、区）", OrganizationType.COUNTY), Map.entry("县区", OrganizationType.COUNTY),
            Map.entry("机关", OrganizationType.ORGAN), Map.entry("党政机关", OrganizationType.ORGAN),
            Map.entry("部门", OrganizationType.ORGAN), Map.entry("乡镇", OrganizationType.TOWNSHIP),
            Map.entry("乡", OrganizationType.TOWNSHIP), Map.entry("镇", OrganizationType.TOWNSHIP),
            Map.entry("街道", OrganizationType.STREET), Map.entry("村", OrganizationType.VILLAGE),
            Map.entry("行政村", OrganizationType.VILLAGE), Map.entry("社区", OrganizationType.COMMUNITY),
            Map.entry("国企", OrganizationType.STATE_ENTERPRISE), Map.entry("国有企业", OrganizationType.STATE_ENTERPRISE),
            Map.entry("院校", OrganizationType.SCHOOL), Map.entry("学校", OrganizationType.SCHOOL),
            Map.entry("事业单位", OrganizationType.PUBLIC_INSTITUTION), Map.entry("其他", OrganizationType.OTHER));

    /** The row, or the first rule it breaks. */
    public static Object check(SourceRow source) {
        if (source.error() != null) {
            return new Rejection(source.errorColumn(), source.error());
        }
        Map<String, String> values = source.values();
        String officeCode = text(values, "officeCode");
        if (officeCode == null) {
            return new Rejection("officeCode", "must not be blank");
        }
        if (officeCode.length() > 64) {
            return new Rejection("officeCode", "must have at most 64 characters");
        }
        String name = text(values, "name");
        if (name == null) {
            return new Rejection("name", "must not be blank");
        }
        if (name.length() > 200) {
            return new Rejection("name", "must have at most 200 characters");
        }
        String typeText = text(values, "type");
        if (typeText == null) {
            return new Rejection("type", "must not be blank");
        }
        Optional<OrganizationType> type = type(typeText);
        if (type.isEmpty()) {
            return new Rejection("type", "'" + typeText + "' is not a type; one of " + java.util.Arrays.toString(
                    OrganizationType.values()) + " or its Chinese name (乡镇, 村, 社区...)");
        }
        String creditCode = text(values, "creditCode");
        if (creditCode != null) {
            Optional<String> problem = CreditCode.problemWith(creditCode);
            if (problem.isPresent()) {
                return new Rejection("creditCode", problem.get());
            }
            creditCode = CreditCode.normalize(creditCode);
        }
        String parentCreditCode = text(values, "parentCreditCode");
        if (parentCreditCode != null) {
            parentCreditCode = CreditCode.normalize(parentCreditCode);
        }
        String parentCode = text(values, "parentCode");
        if (officeCode.equals(parentCode)) {
            return new Rejection("parentCode", "names the organization itself (a cycle)");
        }
        Boolean cityDirected = bool(text(values, "cityDirected"));
        if (cityDirected == null) {
            return new Rejection("cityDirected", "'" + values.get("cityDirected") + "' is not yes or no (true/false, 是/否, 1/0)");
        }
        for (String column : new String[] {"disciplineBody", "principalLeaderName", "principalLeaderPost",
                "leaderInChargeName", "leaderInChargePost", "parentCode"}) {
            String value = text(values, column);
            if (value != null && value.length() > 200) {
                return new Rejection(column, "must have at most 200 characters");
            }
        }
        return new OrganizationRow(source.line(), officeCode, name, type.get(), parentCode, parentCreditCode, creditCode,
                text(values, "disciplineBody"), cityDirected, text(values, "principalLeaderName"),
                text(values, "principalLeaderPost"), text(values, "leaderInChargeName"), text(values, "leaderInChargePost"));
    }

    static Optional<OrganizationType> type(String text) {
        OrganizationType named = TYPE_NAMES.get(text.strip());
        if (named != null) {
            return Optional.of(named);
        }
        try {
            return Optional.of(OrganizationType.valueOf(text.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }

    private static Boolean bool(String text) {
        return Cells.bool(text);
    }

    private static String text(Map<String, String> values, String column) {
        return Cells.text(values, column);
    }
}
