package org.xuncha.platform.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.xuncha.contract.EventTypes;
import org.xuncha.contract.audit.AuditHeadPublished;
import org.xuncha.platform.outbox.Outbox;

/**
 * Publishes the audit trail's head: records it in {@code audit_checkpoint} and sends it as
 * {@code AuditHeadPublished} through the outbox, in one transaction. Whoever keeps those events
 * outside the service's database can then show that a trail whose tail was cut off (or rewritten from
 * some entry on) is not the one that was; verification ({@link AuditTrail#verify()}) names a recorded
 * head that is no longer in the trail, or no longer with its hash.
 *
 * <p>Only a head the chain leads to is published: the entries after the last head published are
 * checked first (the earlier ones were checked when that head was), so each run costs what was
 * appended since. A head no further than the last one (nothing appended, or a cut tail) is not
 * published again, and a broken chain not at all: verification names the break. One instance
 * publishes at a time (a transaction-scoped advisory lock); the others skip the run.
 */
@ApplicationScoped
public class AuditHeadPublisher {

    private static final Logger LOG = Logger.getLogger(AuditHeadPublisher.class);
    /** The lock class of the audit trail ("audt"), key 1: the publisher's (key 0 is the appending's). */
    private static final String PUBLISHER_LOCK = "select pg_try_advisory_xact_lock(1635083380, 1)";
    /** A trail is no organization's; the envelope carries the nil UUID, as for a refusal that names none. */
    private static final String NO_ORGANIZATION = "00000000-0000-0000-0000-000000000000";

    private final EntityManager entityManager;
    private final AuditTrail trail;
    private final Outbox outbox;
    private final AuditCheckpointConfig config;
    private final Clock clock;

    public AuditHeadPublisher(EntityManager entityManager, AuditTrail trail, Outbox outbox, AuditCheckpointConfig config,
            Clock clock) {
        this.entityManager = entityManager;
        this.trail = trail;
        this.outbox = outbox;
        this.config = config;
        this.clock = clock;
    }

    /** Publishes the head if it moved on since the last one; returns what was published. */
    @Transactional
    public Optional<AuditTrail.Head> publish() {
        if (!Boolean.TRUE.equals(entityManager.createNativeQuery(PUBLISHER_LOCK).getSingleResult())) {
            return Optional.empty();
        }
        AuditTrail.Head head = trail.head();
        AuditTrail.Head last = lastPublished();
        if (head.seq() <= last.seq()) {
            return Optional.empty();
        }
        Optional<AuditChain.Break> broken = trail.breakAfter(last.seq(), last.hash());
        if (broken.isPresent()) {
            LOG.errorf("Audit trail broken at entry %d (%s): head %d not published", broken.get().seq(),
                    broken.get().reason(), head.seq());
            return Optional.empty();
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        entityManager.createNativeQuery("insert into audit_checkpoint (seq, hash, published_at) values (?1, ?2, ?3)")
                .setParameter(1, head.seq()).setParameter(2, head.hash()).setParameter(3, now).executeUpdate();
        outbox.enqueue(EventTypes.AUDIT_HEAD_PUBLISHED, config.topic(), NO_ORGANIZATION, config.service(),
                new AuditHeadPublished(config.service(), head.seq(), head.hash(), now));
        return Optional.of(head);
    }

    @SuppressWarnings("unchecked")
    private AuditTrail.Head lastPublished() {
        List<Object[]> rows = entityManager.createNativeQuery(
                "select seq, hash from audit_checkpoint order by seq desc limit 1").getResultList();
        return rows.isEmpty() ? new AuditTrail.Head(0, AuditChain.GENESIS)
                : new AuditTrail.Head(((Number) rows.get(0)[0]).longValue(), (String) rows.get(0)[1]);
    }
}
