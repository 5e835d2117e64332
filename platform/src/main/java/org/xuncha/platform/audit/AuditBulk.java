package org.xuncha.platform.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The audit trail's path for bulk writers (an import writing thousands of rows in one statement):
 * the transaction declares that it writes one table in bulk ({@link #begin}), so the row trigger is
 * skipped for that table, writes it, then appends the entries of what it wrote in one call
 * ({@link #append}): the same chain, canonical form and lock as the row trigger's, before and after
 * states included, at a fraction of its cost per row ({@code V91__audit_cheaper.sql}). A write of the
 * table under the bulk setting without a declaration is refused, and so is the commit of a
 * declaration whose entries were not appended: the setting alone never skips the trail.
 */
public final class AuditBulk {

    private AuditBulk() {
    }

    /** Declares a bulk write of {@code table} in the connection's transaction. */
    public static void begin(Connection connection, String table) throws SQLException {
        try (PreparedStatement begin = connection.prepareStatement("select audit_bulk_begin(?::regclass)")) {
            begin.setString(1, table);
            begin.execute();
        }
    }

    /**
     * Appends an entry per row that {@code changes} answers, in its order, and ends the declaration
     * (the transaction's later writes of the table are audited row by row again). {@code changes} is
     * a query of {@code action} (INSERT, UPDATE, DELETE), {@code aggregate_id} (the primary key's
     * values joined by '/'), {@code before_state} and {@code after_state} ({@code to_jsonb} of the
     * row, or null), with {@code parameter} as its text {@code $1}. Returns the entries appended (an
     * update whose states are equal has none, as with the row trigger).
     */
    public static long append(Connection connection, String table, String changes, String parameter)
            throws SQLException {
        try (PreparedStatement append = connection.prepareStatement("select audit_bulk_append(?::regclass, ?, ?)")) {
            append.setString(1, table);
            append.setString(2, changes);
            append.setString(3, parameter);
            try (ResultSet appended = append.executeQuery()) {
                appended.next();
                return appended.getLong(1);
            }
        }
    }
}
