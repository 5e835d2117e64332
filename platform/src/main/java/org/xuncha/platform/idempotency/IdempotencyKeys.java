package org.xuncha.platform.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.jboss.logging.Logger;

/**
 * The keys callers sent, each with the first answer given under it ({@code idempotency_key}),
 * written in the transaction of the operation itself: the answer is recorded exactly when what
 * the operation did is.
 *
 * <p>A key is taken for the length of that transaction with a transaction-scoped advisory lock
 * (the class {@value #LOCKS}, the key {@code hashtext(caller || ' ' || key)}): a second request
 * under a key whose first is still running does not wait for it, it is told so. The lock goes with
 * the transaction, so a request that crashed leaves nothing behind: what it did and its key are
 * rolled back together, and a retry runs afresh.
 */
@ApplicationScoped
public class IdempotencyKeys {

    private static final Logger LOG = Logger.getLogger(IdempotencyKeys.class);

    /** The class of the advisory locks, one per caller and key ("idem"). */
    static final int LOCKS = 0x6964656d;

    private static final TypeReference<Map<String, List<String>>> HEADERS = new TypeReference<>() {
    };

    private final EntityManager entityManager;
    private final ObjectMapper json;
    private final Clock clock;
    private final IdempotencyConfig config;
    private final AtomicReference<Instant> lastPurge = new AtomicReference<>(Instant.EPOCH);

    public IdempotencyKeys(EntityManager entityManager, ObjectMapper json, Clock clock, IdempotencyConfig config) {
        this.entityManager = entityManager;
        this.json = json;
        this.clock = clock;
        this.config = config;
    }

    /** Takes the key for this transaction; false when another transaction holds it (its first request still runs). */
    @Transactional(Transactional.TxType.MANDATORY)
    boolean take(String caller, String key) {
        Object taken = entityManager.createNativeQuery(
                        "select pg_try_advisory_xact_lock(:locks, hashtext(:caller || ' ' || :key))")
                .setParameter("locks", LOCKS)
                .setParameter("caller", caller)
                .setParameter("key", key)
                .getSingleResult();
        return Boolean.TRUE.equals(taken);
    }

    /** The first answer under the key, unless it expired (an expired one is deleted). The key must be taken. */
    @Transactional(Transactional.TxType.MANDATORY)
    Optional<StoredAnswer> find(String caller, String key) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        entityManager.createNativeQuery("""
                        delete from idempotency_key where caller = :caller and request_key = :key and expires_at <= :now""")
                .setParameter("caller", caller).setParameter("key", key).setParameter("now", now)
                .executeUpdate();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                        select fingerprint, status, headers::text, content_type, body from idempotency_key
                        where caller = :caller and request_key = :key""")
                .setParameter("caller", caller).setParameter("key", key)
                .getResultList();
        return rows.stream().findFirst().map(row -> new StoredAnswer((String) row[0], ((Number) row[1]).intValue(),
                readHeaders((String) row[2]), (String) row[3], bodyOf(row[4])));
    }

    /** Records the first answer under the key, in the transaction of the operation that gave it. */
    @Transactional(Transactional.TxType.MANDATORY)
    void save(String caller, String key, StoredAnswer answer) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        entityManager.createNativeQuery("""
                        insert into idempotency_key (caller, request_key, fingerprint, status, headers, content_type, body,
                                                     created_at, expires_at)
                        values (:caller, :key, :fingerprint, :status, cast(:headers as jsonb), cast(:contentType as text),
                                cast(:body as bytea), :now, :expires)""")
                .setParameter("caller", caller)
                .setParameter("key", key)
                .setParameter("fingerprint", answer.fingerprint())
                .setParameter("status", answer.status())
                .setParameter("headers", writeHeaders(answer.headers()))
                .setParameter("contentType", answer.contentType())
                .setParameter("body", answer.body() == null ? new byte[0] : answer.body())
                .setParameter("now", now)
                .setParameter("expires", now.plus(config.retention()))
                .executeUpdate();
    }

    /** Deletes expired keys, at most once per {@code purge-every}; in a transaction of its own. */
    void purgeIfDue() {
        Instant now = clock.instant();
        Instant last = lastPurge.get();
        if (Duration.between(last, now).compareTo(config.purgeEvery()) < 0 || !lastPurge.compareAndSet(last, now)) {
            return;
        }
        int purged = QuarkusTransaction.requiringNew().call(() -> entityManager
                .createNativeQuery("delete from idempotency_key where expires_at <= :now")
                .setParameter("now", OffsetDateTime.now(clock))
                .executeUpdate());
        if (purged > 0) {
            LOG.debugf("Forgot %d expired idempotency keys", purged);
        }
    }

    private static byte[] bodyOf(Object stored) {
        byte[] body = (byte[]) stored;
        return body == null || body.length == 0 ? null : body;
    }

    private String writeHeaders(Map<String, List<String>> headers) {
        try {
            return json.writeValueAsString(headers);
        } catch (JsonProcessingException unserializable) {
            throw new IllegalStateException("Response headers cannot be serialized", unserializable);
        }
    }

    private Map<String, List<String>> readHeaders(String stored) {
        try {
            return json.readValue(stored, HEADERS);
        } catch (JsonProcessingException unreadable) {
            throw new IllegalStateException("Stored response headers cannot be read", unreadable);
        }
    }
}
