package org.xuncha.round.finding;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Findings grouped by their category, as the office's documents list them: in the order of the taxonomy. */
@ApplicationScoped
public class CategoryGroups {

    private final FindingCategoryRepository categories;

    public CategoryGroups(FindingCategoryRepository categories) {
        this.categories = categories;
    }

    /** A category and its findings, in the order given. */
    public record Group(FindingCategory category, List<Finding> findings) {
    }

    /** The categories the findings fall under, by scheme and position, each with its findings in the order given. */
    public List<Group> of(List<Finding> findings) {
        List<String> codes = findings.stream().map(Finding::categoryCode).distinct().toList();
        if (codes.isEmpty()) {
            return List.of();
        }
        Map<String, FindingCategory> known = categories.list("code in ?1", codes).stream()
                .collect(Collectors.toMap(FindingCategory::code, Function.identity()));
        Map<String, List<Finding>> byCode = new LinkedHashMap<>();
        findings.forEach(finding -> byCode.computeIfAbsent(finding.categoryCode(), code -> new ArrayList<>()).add(finding));
        return byCode.entrySet().stream()
                .map(entry -> new Group(known.getOrDefault(entry.getKey(),
                        new FindingCategory(entry.getKey(), "", Integer.MAX_VALUE, entry.getKey())), entry.getValue()))
                .sorted(Comparator.comparing((Group group) -> group.category().scheme())
                        .thenComparingInt(group -> group.category().position())
                        .thenComparing(group -> group.category().code()))
                .toList();
    }

    /** The name of each category the findings fall under, by code. */
    public static Map<String, String> names(List<Group> groups) {
        return groups.stream().collect(Collectors.toMap(group -> group.category().code(), group -> group.category().name()));
    }
}
