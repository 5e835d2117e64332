package org.xuncha.round.history;

import java.io.Closeable;
import java.io.IOException;
import java.util.Map;
import org.xuncha.platform.imports.RowSource;
import org.xuncha.platform.imports.SourceRow;

/**
 * The rows of a history file, read one at a time from a {@link RowSource} of the history columns
 * (CSV or XLSX with a header that has a {@code kind} column, each row filling the columns of its
 * kind; or NDJSON, an object a line with a {@code kind} field). {@link #next()} answers a row, or an
 * {@link Unreadable} for a line that is not one.
 */
public interface HistorySource extends Closeable {

    /** A line that could not be read as a row: where, the column at fault and why. */
    record Unreadable(long line, String column, String reason) {
    }

    /** The next {@link HistoryRow} or {@link Unreadable}, or null at the end. */
    Object next() throws IOException;

    static HistorySource of(RowSource rows) {
        return new HistorySource() {
            @Override
            public Object next() throws IOException {
                SourceRow source = rows.next();
                if (source == null) {
                    return null;
                }
                if (source.error() != null) {
                    return new Unreadable(source.line(), source.errorColumn(), source.error());
                }
                return row(source.line(), source.values());
            }

            @Override
            public void close() throws IOException {
                rows.close();
            }
        };
    }

    private static Object row(long line, Map<String, String> values) {
        String kind = values.get("kind");
        if (kind == null || kind.isBlank()) {
            return new Unreadable(line, "kind", "must not be blank: one of round, team, member, inspection, extension, "
                    + "finding, lead, report, recommendation, feedback (or 轮次, 巡察组, 组员, 巡察任务, 延伸, 问题, 线索, 报告, 建议, 反馈)");
        }
        return HistoryKind.of(kind).<Object>map(named -> new HistoryRow(line, named, values))
                .orElseGet(() -> new Unreadable(line, "kind", "'" + kind + "' is not a kind of history row: one of round, "
                        + "team, member, inspection, extension, finding, lead, report, recommendation, feedback"));
    }
}
