package org.xuncha.platform.feed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;
import javax.sql.DataSource;
import org.xuncha.contract.EventEnvelope;
import org.xuncha.contract.EventType;
import org.xuncha.platform.outbox.EventJson;
import org.xuncha.platform.outbox.Outbox;
import org.xuncha.platform.paging.Cursor;
import org.xuncha.platform.paging.Page;
import org.xuncha.platform.problem.Forbidden;
import org.xuncha.platform.problem.InvalidInput;
import org.xuncha.platform.security.Caller;
import org.xuncha.platform.security.Roles;

/**
 * The events of a topic over REST, for systems that do not consume Kafka: a feed per topic addressed
 * to a receiving body, written in the transaction that enqueues the event, read in order after a
 * cursor, with long polling.
 *
 * <p>Positions are handed out in commit order: a transaction's entries are written as it commits
 * (before completion), under a transaction-scoped lock per feed taken then, so a transaction that
 * commits later cannot commit a smaller position than one a reader has already seen, and a reader
 * that follows {@code next} misses nothing. The lock is held only for the commit: a transaction that
 * appends early and runs long (a consumer applying a poll of events) holds no other writer up until
 * it ends. Entries are kept: a body's system may be away longer than the topics keep records.
 */
@ApplicationScoped
public class Feeds {

    private static final String PENDING = Feeds.class.getName() + ".pending";
    private static final int FEED_LOCKS = 0x78666565; // the class of the advisory locks, one per feed
    private static final long LONGEST_NAP_MILLIS = 1_000; // another instance's appends are seen this late at most

    private final EntityManager entityManager;
    private final ObjectMapper json;
    private final EventJson events;
    private final TransactionSynchronizationRegistry transactions;
    private final Outbox outbox;
    private final DataSource dataSource;
    private final Object arrivals = new Object();

    public Feeds(EntityManager entityManager, ObjectMapper json, EventJson events,
            TransactionSynchronizationRegistry transactions, Outbox outbox, DataSource dataSource) {
        this.entityManager = entityManager;
        this.dataSource = dataSource;
        this.json = json;
        this.events = events;
        this.transactions = transactions;
        this.outbox = outbox;
    }

    /**
     * Publishes an event addressed to a receiving body: on the body's topic through the outbox, and in
     * the feed of the same name, both in the transaction of the state change that causes it.
     *
     * @param key what the event follows (a lead, a case, a request): the record key and the feed's {@code subject}
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public <P> EventEnvelope<P> publish(EventType<P> type, String topic, String organizationId, String key, P payload) {
        Outbox.Written<P> written = outbox.enqueueWritten(type, topic, organizationId, key, payload);
        pending().add(new Entry(topic, key, written.event(), written.json()));
        return written.event();
    }

    /**
     * Adds an event to a feed; must run in the transaction that enqueues it on the topic of the same name.
     * The entry is written as that transaction commits.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void append(String feed, String subject, EventEnvelope<?> event) {
        pending().add(new Entry(feed, subject, event, events.write(event)));
    }

    /** The entries this transaction appended; the first append registers their writing at its commit. */
    private List<Entry> pending() {
        @SuppressWarnings("unchecked")
        List<Entry> pending = (List<Entry>) transactions.getResource(PENDING);
        if (pending != null) {
            return pending;
        }
        List<Entry> entries = new ArrayList<>();
        transactions.putResource(PENDING, entries);
        enlistConnection();
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                write(entries);
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    synchronized (arrivals) {
                        arrivals.notifyAll();
                    }
                }
            }
        });
        return entries;
    }

    /**
     * Takes the lock of each feed the entries go to, in the feeds' order (two transactions writing to
     * the same two feeds wait for each other, never deadlock), then inserts the entries in the order
     * they were appended; the locks are held until the commit that follows.
     */
    private void write(List<Entry> entries) {
        // the transaction's own connection (enlisted at the first append), a handle closed before the commit
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement lock = connection.prepareStatement("select pg_advisory_xact_lock(?, hashtext(?))")) {
                for (String feed : new TreeSet<>(entries.stream().map(Entry::feed).toList())) {
                    lock.setInt(1, FEED_LOCKS);
                    lock.setString(2, feed);
                    lock.execute();
                }
            }
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into feed_entry (feed, event_id, event_type, event_version, subject, occurred_at, envelope)
                    values (?, ?, ?, ?, ?, ?, ?)""")) {
                for (Entry entry : entries) {
                    insert.setString(1, entry.feed());
                    insert.setObject(2, entry.event().eventId());
                    insert.setString(3, entry.event().type());
                    insert.setInt(4, entry.event().version());
                    insert.setString(5, entry.subject());
                    insert.setObject(6, entry.event().occurredAt());
                    insert.setString(7, entry.envelope());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        } catch (SQLException failed) {
            throw new IllegalStateException("The feed entries could not be written: " + failed.getMessage(), failed);
        }
    }

    /** The transaction's connection is enlisted while it runs: once its commit has begun, none can be. */
    private void enlistConnection() {
        try (Connection connection = dataSource.getConnection()) {
            connection.isReadOnly();
        } catch (SQLException failed) {
            throw new IllegalStateException("No connection for the feed entries: " + failed.getMessage(), failed);
        }
    }

    /** An entry appended in a transaction, written as it commits. */
    private record Entry(String feed, String subject, EventEnvelope<?> event, String envelope) {
    }

    /** How a feed is read, for the API document of each feed. */
    public static final String HOW = "Oldest first, after `cursor` (from the first event without one). Unlike other "
            + "lists, `next` is given on the last page too: it is where to read from next time, so a system keeps the "
            + "last `next` it processed and passes it back. Long polling: with `wait` (seconds, at most 30) an answer "
            + "with no event yet waits until one arrives or `wait` passes; poll again at once after an answer. A "
            + "system that does not long-poll polls every 60 seconds. Record `eventId` to ignore an event seen twice. "
            + "Each type's payload is described in the AsyncAPI document. The office and the leadership read every "
            + "feed; a body's accounts and its own system (INTEGRATION with `system`) only the body's.";

    /**
     * A body's feed, for the office, the leadership, the accounts of the body ({@code bodyRole}) and its
     * system; anybody else is refused.
     */
    public Page<FeedEvent> readFor(Caller caller, String bodyRole, String feed, String cursor, int limit, Duration wait) {
        if (!caller.hasAnyRole(Roles.OFFICE, Roles.LEADERSHIP) && !caller.speaksFor(bodyRole)) {
            throw new Forbidden("This feed is for the accounts of " + bodyRole + " and their system");
        }
        return read(feed, cursor, limit, wait);
    }

    /**
     * The events of a feed after {@code cursor} (from the first without one), oldest first, at most
     * {@code limit}. When there are none yet, waits up to {@code wait} for the first to arrive. Unlike
     * other pages, {@code next} is given on the last page too: it is where to read from next time
     * (absent only while the feed is empty).
     */
    public Page<FeedEvent> read(String feed, String cursor, int limit, Duration wait) {
        long after = cursor == null ? 0 : position(cursor);
        long deadline = System.nanoTime() + wait.toNanos();
        while (true) {
            List<Object[]> rows = QuarkusTransaction.requiringNew().call(() -> entries(feed, after, limit));
            long remaining = deadline - System.nanoTime();
            if (!rows.isEmpty() || remaining <= 0) {
                return page(rows, cursor);
            }
            napUntilArrival(Math.min(LONGEST_NAP_MILLIS, Math.max(1, remaining / 1_000_000)));
        }
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> entries(String feed, long after, int limit) {
        return entityManager.createNativeQuery("""
                        select position, envelope, subject from feed_entry
                         where feed = :feed and position > :after order by position limit :limit""")
                .setParameter("feed", feed)
                .setParameter("after", after)
                .setParameter("limit", limit)
                .getResultList();
    }

    private Page<FeedEvent> page(List<Object[]> rows, String cursor) {
        List<FeedEvent> events = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            events.add(event((String) row[1], (String) row[2]));
        }
        String next = rows.isEmpty() ? cursor : Cursor.of(((Number) rows.get(rows.size() - 1)[0]).longValue()).encode();
        return new Page<>(events, next);
    }

    private FeedEvent event(String envelope, String subject) {
        try {
            JsonNode node = json.readTree(envelope);
            return new FeedEvent(UUID.fromString(node.get("eventId").asText()), node.get("type").asText(),
                    node.get("version").asInt(), OffsetDateTime.parse(node.get("occurredAt").asText()),
                    node.get("organizationId").asText(), subject, node.get("payload"));
        } catch (JsonProcessingException unreadable) {
            throw new IllegalStateException("A feed entry is not an event envelope", unreadable);
        }
    }

    private static long position(String cursor) {
        try {
            return Long.parseLong(Cursor.decode(cursor, 1).key(0));
        } catch (NumberFormatException notOurs) {
            throw InvalidInput.of("cursor", "is not a cursor of this feed");
        }
    }

    private void napUntilArrival(long millis) {
        synchronized (arrivals) {
            try {
                arrivals.wait(millis);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
