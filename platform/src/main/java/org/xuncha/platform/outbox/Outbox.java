package org.xuncha.platform.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import org.xuncha.contract.EventEnvelope;
import org.xuncha.contract.EventType;
import org.xuncha.platform.operations.TraceParent;

/**
 * Where a state change writes the events it causes: a row in {@code outbox_message}, in the same
 * transaction as the change. If the transaction rolls back, so does the event; once it commits,
 * the {@link OutboxRelay} publishes it. The row keeps the trace context of the work that caused it,
 * which the relay passes on in the record's {@code traceparent} header.
 */
@ApplicationScoped
public class Outbox {

    private static final String WAKE_REGISTERED = Outbox.class.getName() + ".wake";

    private final EntityManager entityManager;
    private final EventJson json;
    private final Clock clock;
    private final OutboxRelay relay;
    private final TransactionSynchronizationRegistry transactions;

    public Outbox(EntityManager entityManager, EventJson json, Clock clock, OutboxRelay relay,
            TransactionSynchronizationRegistry transactions) {
        this.entityManager = entityManager;
        this.json = json;
        this.clock = clock;
        this.relay = relay;
        this.transactions = transactions;
    }

    /**
     * Records an event about an organization. Must run inside the transaction of the state change
     * that causes it.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public <P> EventEnvelope<P> enqueue(EventType<P> type, String organizationId, P payload) {
        return enqueue(type, type.topic(), organizationId, organizationId, payload);
    }

    /**
     * Records an event on one of the topics its type travels on, keyed by {@code key} (what the
     * event follows, so that its events stay in order). Must run inside the transaction of the state
     * change that causes it.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public <P> EventEnvelope<P> enqueue(EventType<P> type, String topic, String organizationId, String key, P payload) {
        if (!type.travelsOn(topic)) {
            throw new IllegalArgumentException(type + " does not travel on " + topic);
        }
        EventEnvelope<P> envelope = EventEnvelope.of(type, organizationId, OffsetDateTime.now(clock), payload);
        entityManager.createNativeQuery("""
                        insert into outbox_message (event_id, event_type, event_version, topic, message_key, payload, created_at,
                                                    traceparent)
                        values (:eventId, :type, :version, :topic, :key, :payload, :createdAt, cast(:traceparent as text))""")
                .setParameter("eventId", envelope.eventId())
                .setParameter("type", type.name())
                .setParameter("version", type.version())
                .setParameter("topic", topic)
                .setParameter("key", key)
                .setParameter("payload", json.write(envelope))
                .setParameter("createdAt", envelope.occurredAt())
                .setParameter("traceparent", TraceParent.current())
                // the row concerns no entity: the state change's entities are flushed when the work flushes, not here
                .setFlushMode(FlushModeType.COMMIT)
                .executeUpdate();
        wakeRelayAfterCommit();
        return envelope;
    }

    private void wakeRelayAfterCommit() {
        if (transactions.getResource(WAKE_REGISTERED) != null) {
            return;
        }
        transactions.putResource(WAKE_REGISTERED, Boolean.TRUE);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    relay.wake();
                }
            }
        });
    }
}
