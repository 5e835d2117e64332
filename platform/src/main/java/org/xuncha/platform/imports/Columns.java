package org.xuncha.platform.imports;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The columns of one kind of import, by their English names (camelCase, snake_case or spaced) or
 * the office ledger's Chinese ones. Built once per kind:
 * {@code Columns.of("organizations").column("officeCode", true, "编码", "组织编码").column("name", true, "名称")}.
 */
public final class Columns {

    private final String kind;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private final List<String> all = new java.util.ArrayList<>();
    private final List<String> required = new java.util.ArrayList<>();
    private final Map<String, String> aliases = new HashMap<>();
    private final Map<String, List<String>> choices = new LinkedHashMap<>();
    private final Map<String, String> examples = new HashMap<>();

    private Columns(String kind) {
        this.kind = kind;
    }

    /** The columns of a kind ({@code organizations}, {@code cadres}...), named in messages. */
    public static Columns of(String kind) {
        return new Columns(kind);
    }

    /**
     * A column by its English name, whether a file must have it, and its Chinese names; the first
     * Chinese name is the one a template writes.
     */
    public Columns column(String name, boolean mandatory, String... chinese) {
        all.add(name);
        if (mandatory) {
            required.add(name);
        }
        aliases.put(key(name), name);
        headers.put(name, chinese.length > 0 ? chinese[0] : name);
        for (String alias : chinese) {
            aliases.put(key(alias), name);
        }
        return this;
    }

    /** Another name a header may give a column already declared. */
    public Columns alias(String name, String... others) {
        for (String other : others) {
            aliases.put(key(other), name);
        }
        return this;
    }

    /**
     * The values a column takes, as a file writes them (a template offers them as a drop-down
     * list); the column must be declared first.
     */
    public Columns choices(String column, String... values) {
        if (!all.contains(column)) {
            throw new IllegalArgumentException("no column " + column + " in " + kind);
        }
        if (values.length == 0) {
            throw new IllegalArgumentException("the column " + column + " needs at least one choice");
        }
        choices.put(column, List.of(values));
        return this;
    }

    /** The values a column takes, in the order declared; empty for a free column. */
    public List<String> choices(String column) {
        return choices.getOrDefault(column, List.of());
    }

    /** The value of a column in a template's example row, as a file writes it (blank when none is declared). */
    public Columns example(String column, String value) {
        if (!all.contains(column)) {
            throw new IllegalArgumentException("no column " + column + " in " + kind);
        }
        examples.put(column, value);
        return this;
    }

    /** A column's value in a template's example row; blank when none was declared. */
    public String example(String column) {
        return examples.getOrDefault(column, "");
    }

    /** The columns that take one of a list of values, in the order declared. */
    public List<String> enumerated() {
        return all.stream().filter(choices::containsKey).toList();
    }

    public String kind() {
        return kind;
    }

    /** Every column, in the order declared. */
    public List<String> all() {
        return List.copyOf(all);
    }

    /** The columns a file must have. */
    public List<String> required() {
        return List.copyOf(required);
    }

    /** The Chinese header of a column, as a template writes it. */
    public String chinese(String column) {
        return headers.getOrDefault(column, column);
    }

    /** The column a header names, whether in English (camelCase or snake_case) or Chinese. */
    public Optional<String> named(String header) {
        return Optional.ofNullable(aliases.get(key(header == null ? "" : header.replace("\uFEFF", ""))));
    }

    /** The header of the reason column a file of rejected rows carries: ignored when it comes back. */
    public static final String REASON = "reason";
    /** Its Chinese header. */
    public static final String REASON_CHINESE = "错误原因";

    /** Whether a header is the reason column of a file of rejected rows (read, then ignored). */
    public static boolean isReason(String header) {
        String key = key(header == null ? "" : header.replace("\uFEFF", ""));
        return key.equals(REASON) || key.equals(REASON_CHINESE) || key.equals("rejectedreason");
    }

    private static String key(String header) {
        return header.strip().replace("_", "").replace(" ", "").replace("-", "").toLowerCase(Locale.ROOT);
    }
}
