package org.xuncha.platform.readlog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.xuncha.platform.paging.Cursor;
import org.xuncha.platform.paging.Page;

/** Reads the read log ({@code read_log}, see each service's {@code V93__read_log.sql}), oldest first. */
@ApplicationScoped
public class ReadLogEntries {

    private static final String COLUMNS = "seq, read_at, reader, array_to_string(reader_roles, ','), record_kind, "
            + "record_id, operation";

    private final EntityManager entityManager;

    public ReadLogEntries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** What to read: any combination, each optional; {@code from} inclusive, {@code to} exclusive. */
    public record Filter(String recordKind, UUID recordId, String reader, OffsetDateTime from, OffsetDateTime to) {
    }

    public Page<ReadEntry> list(Filter filter, String cursor, int limit) {
        StringBuilder where = new StringBuilder(" where true");
        List<Object> values = new ArrayList<>();
        condition(where, values, "record_kind = ", filter.recordKind());
        condition(where, values, "record_id = ", filter.recordId());
        condition(where, values, "reader = ", filter.reader());
        condition(where, values, "read_at >= ", filter.from());
        condition(where, values, "read_at < ", filter.to());
        if (cursor != null && !cursor.isBlank()) {
            condition(where, values, "seq > ", Cursor.decode(cursor, 1).number(0));
        }
        var query = entityManager.createNativeQuery("select " + COLUMNS + " from read_log" + where
                + " order by seq limit ?" + (values.size() + 1));
        for (int i = 0; i < values.size(); i++) {
            query.setParameter(i + 1, values.get(i));
        }
        query.setParameter(values.size() + 1, limit + 1);
        List<ReadEntry> entries = new ArrayList<>();
        for (Object row : query.getResultList()) {
            entries.add(entry((Object[]) row));
        }
        return Page.of(entries, limit, entry -> Cursor.of(entry.seq()));
    }

    private static ReadEntry entry(Object[] row) {
        String roles = (String) row[3];
        return new ReadEntry(((Number) row[0]).longValue(), toOffset(row[1]), (String) row[2],
                roles == null || roles.isEmpty() ? List.of() : Arrays.asList(roles.split(",")), (String) row[4],
                (UUID) row[5], (String) row[6]);
    }

    private static void condition(StringBuilder where, List<Object> values, String clause, Object value) {
        if (value != null) {
            values.add(value);
            where.append(" and ").append(clause).append('?').append(values.size());
        }
    }

    private static OffsetDateTime toOffset(Object value) {
        if (value instanceof OffsetDateTime offset) {
            return offset;
        }
        if (value instanceof Instant instant) {
            return instant.atOffset(ZoneOffset.UTC);
        }
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant().atOffset(ZoneOffset.UTC);
        }
        throw new IllegalStateException("Unexpected timestamp " + value.getClass());
    }
}
