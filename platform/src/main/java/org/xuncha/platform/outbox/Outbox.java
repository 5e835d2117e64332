package org.xuncha.platform.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import javax.sql.DataSource;
import org.xuncha.contract.EventEnvelope;
import org.xuncha.contract.EventType;
import org.xuncha.platform.operations.AfterCommit;
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

    private final DataSource dataSource;
    private final EventJson json;
    private final Clock clock;
    private final OutboxRelay relay;
    private final TransactionSynchronizationRegistry transactions;

    public Outbox(DataSource dataSource, EventJson json, Clock clock, OutboxRelay relay,
            TransactionSynchronizationRegistry transactions) {
        this.dataSource = dataSource;
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
        return enqueueWritten(type, topic, organizationId, key, payload).event();
    }

    /**
     * As {@link #enqueue(EventType, String, String, String, Object)}, and gives the envelope's JSON as
     * written, for a copy of the same event elsewhere in the transaction (a feed) without writing it again.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public <P> Written<P> enqueueWritten(EventType<P> type, String topic, String organizationId, String key, P payload) {
        if (!type.travelsOn(topic)) {
            throw new IllegalArgumentException(type + " does not travel on " + topic);
        }
        EventEnvelope<P> envelope = EventEnvelope.of(type, organizationId, OffsetDateTime.now(clock), payload);
        String written = json.write(envelope);
        // on the transaction's own connection, as a plain statement: the row concerns no entity, so nothing
        // the persistence context holds is flushed before it, and no query of the ORM is built for it
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement("""
                        insert into outbox_message (event_id, event_type, event_version, topic, message_key, payload, created_at,
                                                    traceparent)
                        values (?, ?, ?, ?, ?, ?, ?, ?)""")) {
            insert.setObject(1, envelope.eventId());
            insert.setString(2, type.name());
            insert.setInt(3, type.version());
            insert.setString(4, topic);
            insert.setString(5, key);
            insert.setString(6, written);
            insert.setObject(7, envelope.occurredAt());
            insert.setString(8, TraceParent.current());
            insert.executeUpdate();
        } catch (SQLException failed) {
            throw new IllegalStateException("The event could not be written to the outbox: " + failed.getMessage(), failed);
        }
        wakeRelayAfterCommit();
        return new Written<>(envelope, written);
    }

    /** An event enqueued, and its envelope's JSON as the outbox holds it. */
    public record Written<P>(EventEnvelope<P> event, String json) {
    }

    private void wakeRelayAfterCommit() {
        if (transactions.getResource(WAKE_REGISTERED) != null) {
            return;
        }
        transactions.putResource(WAKE_REGISTERED, Boolean.TRUE);
        AfterCommit.run(transactions, relay::wake);
    }
}
