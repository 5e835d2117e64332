package org.xuncha.round.imports;

import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * What a kind's writer knows of its job: its id, the committee's clock at its start (the time it
 * stamps on what it writes) and zone, the term it belongs to (kinds of a term), and the keys already seen
 * in the file.
 */
public final class ImportContext {

    private final UUID job;
    private final OffsetDateTime now;
    private final java.time.ZoneId zone;
    private final UUID termId;
    private final Sql sql;

    ImportContext(UUID job, java.time.Clock clock, UUID termId, Sql sql) {
        this.job = job;
        this.now = OffsetDateTime.now(clock);
        this.zone = clock.getZone();
        this.termId = termId;
        this.sql = sql;
    }

    public UUID job() {
        return job;
    }

    public OffsetDateTime now() {
        return now;
    }

    /** The committee's zone. */
    public java.time.ZoneId zone() {
        return zone;
    }

    public UUID termId() {
        return termId;
    }

    /**
     * Refuses a row whose key an earlier row of the file already had (on {@code column}): the keys
     * are kept in a temporary table of the job's transaction, so memory does not grow with the file.
     */
    public void firstInFile(String key, long line, String column, String what) throws SQLException {
        if (sql.update("insert into import_file_key (key, line) values (?, ?) on conflict (key) do nothing", key, line) == 0) {
            Object first = sql.row("select line from import_file_key where key = ?", key).map(row -> row[0]).orElse("?");
            throw new RowRefused(column, what + " is already on line " + first + " of the file");
        }
    }
}
