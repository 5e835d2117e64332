package org.xuncha.round.history;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The kinds of row a history file holds, in the order they are written: a row may name a row of
 * an earlier kind anywhere in the file (a finding before its inspection), or an item already there.
 */
public enum HistoryKind {
    ROUND("轮次", List.of("roundNumber", "roundKind")),
    TEAM("巡察组", List.of("roundNumber", "teamName")),
    MEMBER("组员", List.of("roundNumber", "teamName", "position")),
    INSPECTION("巡察任务", List.of("inspectionNumber", "roundNumber", "teamName", "organizationCode", "stationedOn")),
    EXTENSION("延伸", List.of("inspectionNumber", "organizationCode")),
    FINDING("问题", List.of("findingNumber", "inspectionNumber", "categoryCode", "description")),
    LEAD("线索", List.of("leadNumber", "inspectionNumber", "summary", "receivedOn")),
    REPORT("报告", List.of("reportNumber", "title", "approvedOn")),
    RECOMMENDATION("建议", List.of("reportNumber", "department", "content")),
    FEEDBACK("反馈", List.of("inspectionNumber", "issuedOn"));

    private final String chinese;
    private final List<String> required;

    HistoryKind(String chinese, List<String> required) {
        this.chinese = chinese;
        this.required = required;
    }

    /** The columns a row of this kind must fill. */
    public List<String> required() {
        return required;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    private static final Map<String, HistoryKind> NAMES = Map.ofEntries(
            Map.entry("轮次", ROUND), Map.entry("巡察轮次", ROUND), Map.entry("巡察组", TEAM), Map.entry("组员", MEMBER),
            Map.entry("成员", MEMBER), Map.entry("巡察任务", INSPECTION), Map.entry("巡察", INSPECTION),
            Map.entry("延伸", EXTENSION), Map.entry("问题", FINDING), Map.entry("线索", LEAD), Map.entry("问题线索", LEAD),
            Map.entry("报告", REPORT), Map.entry("建议", RECOMMENDATION), Map.entry("反馈", FEEDBACK));

    /** The kind a cell names: round, ROUND or 轮次. */
    public static Optional<HistoryKind> of(String text) {
        if (text == null) {
            return Optional.empty();
        }
        HistoryKind named = NAMES.get(text.strip());
        if (named != null) {
            return Optional.of(named);
        }
        try {
            return Optional.of(valueOf(text.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }

    public String chinese() {
        return chinese;
    }
}
