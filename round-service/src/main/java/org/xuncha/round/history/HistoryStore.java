package org.xuncha.round.history;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What a history import job reads and writes beside the items themselves: the office's keys of
 * the items it imported (history_key), and lookups by those keys. One per job, on the job's
 * connection, inside its transaction.
 */
final class HistoryStore {

    /** An item imported before under a key: which one, and the digest of the row it came from. */
    record Known(UUID id, String digest) {
    }

    /** What writing a row did. */
    enum Outcome { INSERTED, UPDATED, UNCHANGED }

    final Connection connection;
    final UUID termId;
    final UUID jobId;
    final ZoneId zone;
    final OffsetDateTime now;
    private final Map<String, Optional<Known>> cache = new HashMap<>();

    HistoryStore(Connection connection, UUID termId, UUID jobId, Clock clock) {
        this.connection = connection;
        this.termId = termId;
        this.jobId = jobId;
        this.zone = clock.getZone();
        this.now = OffsetDateTime.now(clock);
    }

    /** A day as a moment: noon in the committee's zone, so that the day reads the same in any zone's evening. */
    OffsetDateTime at(LocalDate day) {
        return day == null ? null : day.atTime(LocalTime.NOON).atZone(zone).toOffsetDateTime();
    }

    Optional<Known> known(HistoryKind kind, String key) throws SQLException {
        String cached = kind.name() + '\u0000' + key;
        Optional<Known> hit = cache.get(cached);
        if (hit != null) {
            return hit;
        }
        try (PreparedStatement select = connection.prepareStatement(
                "select entity_id, digest from history_key where term_id = ? and kind = ? and office_key = ?")) {
            select.setObject(1, termId);
            select.setString(2, kind.name());
            select.setString(3, key);
            try (ResultSet row = select.executeQuery()) {
                Optional<Known> found = row.next() ? Optional.of(new Known(row.getObject(1, UUID.class), row.getString(2)))
                        : Optional.empty();
                if (cache.size() > 50_000) {
                    cache.clear();
                }
                cache.put(cached, found);
                return found;
            }
        }
    }

    UUID require(HistoryKind kind, String key, String column, String what) throws SQLException {
        return known(kind, key).map(Known::id).orElseThrow(() -> new HistoryRow.Refused(column,
                "names no " + what + " '" + key + "' of the term, in the file or imported before"));
    }

    void remember(HistoryKind kind, String key, UUID id, String digest) throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement("""
                insert into history_key (term_id, kind, office_key, entity_id, digest, imported_by, imported_at)
                values (?, ?, ?, ?, ?, ?, ?)
                on conflict (term_id, kind, office_key) do update set entity_id = excluded.entity_id,
                       digest = excluded.digest, imported_by = excluded.imported_by, imported_at = excluded.imported_at""")) {
            upsert.setObject(1, termId);
            upsert.setString(2, kind.name());
            upsert.setString(3, key);
            upsert.setObject(4, id);
            upsert.setString(5, digest);
            upsert.setObject(6, jobId);
            upsert.setObject(7, now);
            upsert.executeUpdate();
        }
        cache.put(kind.name() + '\u0000' + key, Optional.of(new Known(id, digest)));
    }

    /** The first column of the first row of a query, if any. */
    <T> Optional<T> one(Class<T> type, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            bind(select, parameters);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.ofNullable(row.getObject(1, type)) : Optional.empty();
            }
        }
    }

    int update(String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, parameters);
            return statement.executeUpdate();
        }
    }

    private static void bind(PreparedStatement statement, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            Object parameter = parameters[i];
            if (parameter instanceof Enum<?> constant) {
                statement.setString(i + 1, constant.name());
            } else if (parameter == null) {
                statement.setObject(i + 1, null);
            } else {
                statement.setObject(i + 1, parameter);
            }
        }
    }

    /** The organization a cell names: the office's own code, or a registry id. */
    UUID organization(HistoryRow row, String column) throws SQLException {
        String code = row.required(column);
        Optional<UUID> found = one(UUID.class, "select id from organization where office_code = ?", code);
        if (found.isEmpty() && code.length() == 36) {
            try {
                found = one(UUID.class, "select id from organization where id = ?", UUID.fromString(code));
            } catch (IllegalArgumentException notAnId) {
                // an office code of 36 characters
            }
        }
        return found.orElseThrow(() -> new HistoryRow.Refused(column, "names no organization of the registry (by "
                + "office code or id): '" + code + "'; import the registry first"));
    }
}
