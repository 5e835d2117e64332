package org.xuncha.platform.feed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
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
 * <p>Positions are handed out in commit order: appending takes a transaction-scoped lock per feed,
 * so a transaction that appends later cannot commit a smaller position than one a reader has
 * already seen, and a reader that follows {@code next} misses nothing. The lock is held from the
 * append to the commit; the events of a feed are few (a handful per lead or case), so writers seldom
 * wait for it. Entries are kept: a body's system may be away longer than the topics keep records.
 */
@ApplicationScoped
public class Feeds {

    private static final String WAKE_REGISTERED = Feeds.class.getName() + ".wake";
    private static final String LOCKED = Feeds.class.getName() + ".locked";
    private static final int FEED_LOCKS = 0x78666565; // the class of the advisory locks, one per feed
    private static final long LONGEST_NAP_MILLIS = 1_000; // another instance's appends are seen this late at most

    private final EntityManager entityManager;
    private final ObjectMapper json;
    private final EventJson events;
    private final TransactionSynchronizationRegistry transactions;
    private final Outbox outbox;
    private final Object arrivals = new Object();

    public Feeds(EntityManager entityManager, ObjectMapper json, EventJson events,
            TransactionSynchronizationRegistry transactions, Outbox outbox) {
        this.entityManager = entityManager;
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
        EventEnvelope<P> event = outbox.enqueue(type, topic, organizationId, key, payload);
        append(topic, key, event);
        return event;
    }

    /** Adds an event to a feed; must run in the transaction that enqueues it on the topic of the same name. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void append(String feed, String subject, EventEnvelope<?> event) {
        lock(feed);
        // the entry concerns no entity: nothing the persistence context holds need be flushed first
        entityManager.createNativeQuery("""
                        insert into feed_entry (feed, event_id, event_type, event_version, subject, occurred_at, envelope)
                        values (:feed, :eventId, :type, :version, :subject, :occurredAt, :envelope)""")
                .setParameter("feed", feed)
                .setParameter("eventId", event.eventId())
                .setParameter("type", event.type())
                .setParameter("version", event.version())
                .setParameter("subject", subject)
                .setParameter("occurredAt", event.occurredAt())
                .setParameter("envelope", events.write(event))
                .setFlushMode(FlushModeType.COMMIT)
                .executeUpdate();
        wakeReadersAfterCommit();
    }

    /**
     * Takes the feed's lock, held until the transaction ends; once per feed and transaction, so a
     * consumer that applies a poll of events in one transaction asks for it once, not per event.
     */
    private void lock(String feed) {
        @SuppressWarnings("unchecked")
        Set<String> locked = (Set<String>) transactions.getResource(LOCKED);
        if (locked == null) {
            locked = new HashSet<>();
            transactions.putResource(LOCKED, locked);
        }
        if (!locked.add(feed)) {
            return;
        }
        entityManager.createNativeQuery("select count(*) from (select pg_advisory_xact_lock(:locks, hashtext(:feed))) locked")
                .setParameter("locks", FEED_LOCKS)
                .setParameter("feed", feed)
                .setFlushMode(FlushModeType.COMMIT)
                .getSingleResult();
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

    private void wakeReadersAfterCommit() {
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
                    synchronized (arrivals) {
                        arrivals.notifyAll();
                    }
                }
            }
        });
    }
}
