package org.xuncha.round.avoidance;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.xuncha.platform.problem.Conflict;

/** 409: an assignment would break avoidance; the problem names every conflict and its ground. */
public class AvoidanceRefused extends Conflict {

    public AvoidanceRefused(List<AvoidanceConflict> conflicts) {
        super("avoidance-conflict", describe(conflicts), Map.of(
                "grounds", conflicts.stream().map(AvoidanceConflict::ground).distinct().sorted().map(Enum::name).toList(),
                "conflicts", conflicts));
    }

    private static String describe(List<AvoidanceConflict> conflicts) {
        return conflicts.stream()
                .collect(Collectors.groupingBy(conflict -> conflict.cadreName() + " may not inspect " + conflict.organizationName(),
                        java.util.LinkedHashMap::new,
                        Collectors.mapping(conflict -> conflict.ground().name(), Collectors.joining(", "))))
                .entrySet().stream()
                .map(entry -> entry.getKey() + " (" + entry.getValue() + ")")
                .collect(Collectors.joining("; ", "Avoidance (三回避): ", ". The leadership group may override it with a written reason."));
    }
}
