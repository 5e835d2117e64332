package org.xuncha.round.imports;

import java.util.List;
import java.util.stream.Collectors;
import org.xuncha.platform.imports.Columns;

/**
 * The SQL that gives a rejected staged row its fields as the file had them: the raw fields of a row
 * rejected on reading, else its checked values, in the header's order (CSV, XLSX; NDJSON: one object).
 */
final class OrganizationFields {

    private OrganizationFields() {
    }

    static String sql(String format, List<String> header) {
        String values;
        if (org.xuncha.platform.imports.Uploads.hasHeader(format)) {
            values = "array[" + header.stream().map(name -> Columns.isReason(name) ? "''::text"
                    : OrganizationColumns.of(name).map(OrganizationFields::column).orElse("''::text"))
                    .collect(Collectors.joining(", ")) + "]";
        } else {
            values = "array[json_strip_nulls(json_build_object(" + OrganizationColumns.ALL.stream()
                    .map(column -> "'" + column + "', " + column(column)).collect(Collectors.joining(", "))
                    + "))::text]";
        }
        return "coalesce(raw, " + values + ")";
    }

    private static String column(String name) {
        String snake = name.replaceAll("([A-Z])", "_$1").toLowerCase(java.util.Locale.ROOT);
        return "boolean".equals(typeOf(snake)) ? snake + "::text" : snake;
    }

    private static String typeOf(String snake) {
        return "city_directed".equals(snake) ? "boolean" : "text";
    }
}
