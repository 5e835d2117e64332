package org.xuncha.round.imports;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;
import org.xuncha.platform.id.Ids;
import org.xuncha.platform.imports.SourceRow;

/**
 * The rows of an organization import streamed into its staging table with COPY (text format), a
 * chunk at a time: a checked row with its values and a new id, a rejected one with its error and
 * its fields as the file had them. Holds one chunk's bytes, never the file. {@link #end} finishes
 * the open COPY, so the caller commits whole chunks only.
 */
final class OrganizationStaging {

    private static final String COPY = """
            copy import_organization_row (job_id, row_number, office_code, name, type, parent_code, parent_credit_code,
                 credit_code, discipline_body, city_directed, principal_leader_name, principal_leader_post,
                 leader_in_charge_name, leader_in_charge_post, new_id, error_column, error, raw)
            from stdin (format text)""";
    private static final int FLUSH_BYTES = 1 << 16;

    private final CopyManager copies;
    private final String job;
    private final StringBuilder line = new StringBuilder(512);
    private byte[] buffer = new byte[FLUSH_BYTES + 4096];
    private int buffered;
    private CopyIn copy;

    OrganizationStaging(Connection connection, UUID job) throws SQLException {
        this.copies = connection.unwrap(PGConnection.class).getCopyAPI();
        this.job = job.toString();
    }

    /** Stages a row, checked ({@link OrganizationRow}) or rejected. */
    void add(SourceRow source, Object checked) throws SQLException {
        line.setLength(0);
        line.append(job).append('\t').append(source.line());
        if (checked instanceof OrganizationRow row) {
            field(row.officeCode());
            field(row.name());
            field(row.type().name());
            field(row.parentCode());
            field(row.parentCreditCode());
            field(row.creditCode());
            field(row.disciplineBody());
            field(row.cityDirected() ? "t" : "f");
            field(row.principalLeaderName());
            field(row.principalLeaderPost());
            field(row.leaderInChargeName());
            field(row.leaderInChargePost());
            field(Ids.next().toString());
            field(null);
            field(null);
            field(null);
        } else {
            OrganizationRow.Rejection rejection = (OrganizationRow.Rejection) checked;
            for (int i = 0; i < 13; i++) {
                field(null);
            }
            field(rejection.column());
            field(rejection.reason());
            field(array(source.fields()));
        }
        line.append('\n');
        write(line);
    }

    /** Ends the open COPY, if any: every row added so far is in the table (uncommitted). */
    void end() throws SQLException {
        flush();
        if (copy == null) {
            return;
        }
        copy.endCopy();
        copy = null;
    }

    /** Abandons the open COPY (the caller rolls back). */
    void cancel() {
        if (copy != null && copy.isActive()) {
            try {
                copy.cancelCopy();
            } catch (SQLException ignored) {
                // the transaction is rolled back anyway
            }
        }
        copy = null;
        buffered = 0;
    }

    private void field(String value) {
        line.append('\t');
        if (value == null) {
            line.append("\\N");
            return;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> line.append("\\\\");
                case '\t' -> line.append("\\t");
                case '\n' -> line.append("\\n");
                case '\r' -> line.append("\\r");
                default -> line.append(c);
            }
        }
    }

    /** A text[] literal of the fields, each quoted (a backslash before a quote or a backslash). */
    private static String array(List<String> fields) {
        if (fields == null || fields.isEmpty()) {
            return "{}";
        }
        StringBuilder literal = new StringBuilder("{");
        for (String value : fields) {
            if (literal.length() > 1) {
                literal.append(',');
            }
            literal.append('"');
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (c == '"' || c == '\\') {
                    literal.append('\\');
                }
                literal.append(c);
            }
            literal.append('"');
        }
        return literal.append('}').toString();
    }

    private void write(CharSequence text) throws SQLException {
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        if (buffered + bytes.length > buffer.length) {
            flush();
            if (bytes.length > buffer.length) {
                buffer = new byte[bytes.length];
            }
        }
        System.arraycopy(bytes, 0, buffer, buffered, bytes.length);
        buffered += bytes.length;
        if (buffered >= FLUSH_BYTES) {
            flush();
        }
    }

    private void flush() throws SQLException {
        if (buffered == 0) {
            return;
        }
        if (copy == null) {
            copy = copies.copyIn(COPY);
        }
        copy.writeToCopy(buffer, 0, buffered);
        buffered = 0;
    }
}
