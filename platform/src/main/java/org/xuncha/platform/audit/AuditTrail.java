package org.xuncha.platform.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.xuncha.platform.paging.Cursor;
import org.xuncha.platform.paging.Page;
import org.xuncha.platform.problem.InvalidInput;

/**
 * Reads and verifies the service's audit trail ({@code audit_entry}, appended by the database at
 * each commit, or in one pass by a bulk writer ({@link AuditBulk}): see {@code V90__audit_trail.sql} and
 * {@code V91__audit_cheaper.sql}).
 */
@ApplicationScoped
public class AuditTrail {

    private static final int VERIFY_BATCH = 2_000;
    private static final String COLUMNS = "seq, occurred_at, actor, action, aggregate, aggregate_id, before_state::text, "
            + "after_state::text, previous_hash, hash";

    private final EntityManager entityManager;

    public AuditTrail(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** What to read: any combination, each optional. */
    public record Filter(String aggregate, String aggregateId, String actor, OffsetDateTime from, OffsetDateTime to) {
    }

    /** The entries matching the filter, oldest first. */
    @Transactional
    public Page<AuditEntry> list(Filter filter, String cursor, int limit) {
        StringBuilder where = new StringBuilder(" where true");
        List<Object> values = new ArrayList<>();
        condition(where, values, "aggregate = ", filter.aggregate());
        condition(where, values, "aggregate_id = ", filter.aggregateId());
        condition(where, values, "actor = ", filter.actor());
        condition(where, values, "occurred_at >= ", filter.from());
        condition(where, values, "occurred_at < ", filter.to());
        if (cursor != null && !cursor.isBlank()) {
            condition(where, values, "seq > ", after(cursor));
        }
        var query = entityManager.createNativeQuery("select " + COLUMNS + " from audit_entry" + where
                + " order by seq limit ?" + (values.size() + 1));
        for (int i = 0; i < values.size(); i++) {
            query.setParameter(i + 1, values.get(i));
        }
        query.setParameter(values.size() + 1, limit + 1);
        return Page.of(entries(query.getResultList()), limit, entry -> Cursor.of(entry.seq()));
    }

    /**
     * Walks the whole chain in order and checks every link and hash, then that every published head
     * ({@code audit_checkpoint}) is still in it with the hash it had: a tail cut off after a head was
     * published is seen there. The first broken entry is named.
     */
    @Transactional
    public Verification verify() {
        AuditChain chain = new AuditChain();
        Optional<AuditChain.Break> walked = walk(chain, 0);
        if (walked.isPresent()) {
            return Verification.broken(chain, walked.get());
        }
        for (Object[] checkpoint : rows(entityManager.createNativeQuery(
                "select c.seq, c.hash, e.hash from audit_checkpoint c left join audit_entry e on e.seq = c.seq order by c.seq")
                .getResultList())) {
            long seq = ((Number) checkpoint[0]).longValue();
            if (checkpoint[2] == null) {
                return Verification.broken(chain, new AuditChain.Break(seq,
                        "it was published as the head and is no longer in the trail: the tail was cut off"));
            }
            if (!checkpoint[1].equals(checkpoint[2])) {
                return Verification.broken(chain, new AuditChain.Break(seq,
                        "its hash differs from the one published as the head"));
            }
        }
        return Verification.intact(chain);
    }

    /**
     * Checks the entries after {@code seq} (taken to be whole with {@code hash}) to the end, in order:
     * the part of the chain a head published before does not vouch for yet. Returns the first break, if any.
     */
    @Transactional
    public Optional<AuditChain.Break> breakAfter(long seq, String hash) {
        return walk(AuditChain.after(seq, hash), seq);
    }

    private Optional<AuditChain.Break> walk(AuditChain chain, long after) {
        while (true) {
            List<AuditEntry> batch = entries(entityManager.createNativeQuery("select " + COLUMNS
                            + " from audit_entry where seq > ?1 order by seq limit ?2")
                    .setParameter(1, after).setParameter(2, VERIFY_BATCH).getResultList());
            for (AuditEntry entry : batch) {
                Optional<AuditChain.Break> broken = chain.next(entry);
                if (broken.isPresent()) {
                    return broken;
                }
            }
            if (batch.size() < VERIFY_BATCH) {
                return Optional.empty();
            }
            after = batch.get(batch.size() - 1).seq();
        }
    }

    /** The last entry: its number and hash ({@code 0} and {@link AuditChain#GENESIS} for an empty trail). */
    @Transactional
    public Head head() {
        List<Object[]> last = rows(entityManager.createNativeQuery(
                "select seq, hash from audit_entry order by seq desc limit 1").getResultList());
        return last.isEmpty() ? new Head(0, AuditChain.GENESIS)
                : new Head(((Number) last.get(0)[0]).longValue(), (String) last.get(0)[1]);
    }

    public record Head(long seq, String hash) {
    }

    /** The outcome of {@link #verify()}. */
    public record Verification(boolean intact, long entriesChecked, long headSeq, String headHash,
            Long firstBrokenSeq, String reason) {

        static Verification intact(AuditChain chain) {
            return new Verification(true, chain.checked(), chain.headSeq(), chain.headHash(), null, null);
        }

        static Verification broken(AuditChain chain, AuditChain.Break broken) {
            return new Verification(false, chain.checked(), chain.headSeq(), chain.headHash(), broken.seq(),
                    broken.reason());
        }
    }

    private static long after(String cursor) {
        try {
            return Long.parseLong(Cursor.decode(cursor, 1).key(0));
        } catch (NumberFormatException notASeq) {
            throw InvalidInput.of("cursor", "is not a cursor of this list");
        }
    }

    private static void condition(StringBuilder where, List<Object> values, String clause, Object value) {
        if (value != null) {
            values.add(value);
            where.append(" and ").append(clause).append('?').append(values.size());
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(List<?> result) {
        return (List<Object[]>) result;
    }

    private static List<AuditEntry> entries(List<?> result) {
        List<AuditEntry> entries = new ArrayList<>(result.size());
        for (Object[] row : rows(result)) {
            entries.add(new AuditEntry(((Number) row[0]).longValue(), toOffset(row[1]), (String) row[2], (String) row[3],
                    (String) row[4], (String) row[5], (String) row[6], (String) row[7], (String) row[8], (String) row[9]));
        }
        return entries;
    }

    private static OffsetDateTime toOffset(Object value) {
        if (value instanceof OffsetDateTime offset) {
            return offset;
        }
        if (value instanceof java.time.Instant instant) {
            return instant.atOffset(java.time.ZoneOffset.UTC);
        }
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant().atOffset(java.time.ZoneOffset.UTC);
        }
        throw new IllegalStateException("Unexpected timestamp " + value.getClass());
    }
}
