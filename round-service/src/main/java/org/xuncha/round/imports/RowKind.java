package org.xuncha.round.imports;

import java.sql.SQLException;
import org.xuncha.platform.imports.Columns;
import org.xuncha.platform.imports.SourceRow;

/**
 * A kind of import written a row at a time (cadres, pool members, a term's scope, audit results):
 * its columns, and how a row is checked and upserted by its natural key. {@link RowImports} runs
 * the job; a kind only says what a row means.
 */
public interface RowKind {

    /** The kind's columns; {@code columns().kind()} is its name in the job and in messages. */
    Columns columns();

    /** Whether the kind belongs to a term (the job's termId). */
    default boolean ofTerm() {
        return false;
    }

    /** A writer of the job's rows on its connection, all in one transaction. */
    Writer writer(Sql sql, ImportContext context) throws SQLException;

    /** Writes the rows of one job. */
    interface Writer {

        /** Checks and upserts a readable row; a {@link RowRefused} rejects it and writes nothing of it. */
        Outcome write(SourceRow row) throws SQLException;

        /** After the last row, before the transaction ends (totals kept per term, say). */
        default void finish() throws SQLException {
        }
    }
}
