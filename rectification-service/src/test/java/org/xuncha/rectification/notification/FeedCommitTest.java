package org.xuncha.rectification.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.xuncha.contract.EventEnvelope;
import org.xuncha.platform.feed.FeedEvent;
import org.xuncha.platform.feed.Feeds;

/**
 * A feed's entries are written at the end of the transaction that appends them, the feed's lock taken
 * then and held to the commit: not while the rest of the transaction runs, and not at all by one that
 * rolls back.
 */
@QuarkusTest
class FeedCommitTest {

    private final Feeds feeds;
    private final DataSource dataSource;
    private final TransactionSynchronizationRegistry transactions;
    private final String feed = "feed-commit-test-" + UUID.randomUUID();

    FeedCommitTest(Feeds feeds, DataSource dataSource, TransactionSynchronizationRegistry transactions) {
        this.feeds = feeds;
        this.dataSource = dataSource;
        this.transactions = transactions;
    }

    @Test
    void anEntryIsNeitherWrittenNorLockedBeforeItsTransactionEnds() {
        EventEnvelope<?> event = event();
        QuarkusTransaction.requiringNew().run(() -> {
            feeds.append(feed, "case-1", event);
            assertThat(entries(event)).as("the entry, seen by its own transaction before the end").isZero();
            assertThat(feedLocksHeld()).as("advisory locks held before the end").isZero();
        });
        assertThat(entries(event)).isOne();
    }

    @Test
    void theLockIsTakenBeforeTheInsertsAndHeldToTheCommit() {
        EventEnvelope<?> event = event();
        List<Long> seenAtTheEnd = new ArrayList<>();
        QuarkusTransaction.requiringNew().run(() -> {
            feeds.append(feed, "case-1", event);
            transactions.registerInterposedSynchronization(new Synchronization() { // runs after the feeds'
                @Override
                public void beforeCompletion() {
                    seenAtTheEnd.add(entries(event));
                    seenAtTheEnd.add(feedLocksHeld());
                }

                @Override
                public void afterCompletion(int status) {
                }
            });
        });
        assertThat(seenAtTheEnd).containsExactly(1L, 1L);
        assertThat(entries(event)).isOne();
    }

    @Test
    void aTransactionThatRollsBackLeavesNoEntry() {
        EventEnvelope<?> thrown = event();
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            feeds.append(feed, "case-1", thrown);
            throw new IllegalStateException("the state change is refused");
        })).isInstanceOf(IllegalStateException.class);
        EventEnvelope<?> marked = event();
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            feeds.append(feed, "case-1", marked);
            QuarkusTransaction.setRollbackOnly();
        })).hasRootCauseInstanceOf(jakarta.transaction.RollbackException.class);

        assertThat(entries(thrown)).isZero();
        assertThat(entries(marked)).isZero();
    }

    @Test
    void theEntriesOfATransactionAreWrittenInTheOrderTheyWereAppended() {
        EventEnvelope<?> first = event();
        EventEnvelope<?> second = event();
        EventEnvelope<?> elsewhere = event();
        QuarkusTransaction.requiringNew().run(() -> {
            feeds.append(feed, "case-1", first);
            feeds.append(feed + "-other", "case-1", elsewhere);
            feeds.append(feed, "case-2", second);
        });

        assertThat(feeds.read(feed, null, 10, Duration.ZERO).items())
                .extracting(FeedEvent::eventId)
                .containsExactly(first.eventId(), second.eventId());
        assertThat(entries(elsewhere)).isOne();
    }

    private EventEnvelope<Map<String, Object>> event() {
        return new EventEnvelope<>(UUID.randomUUID(), "FeedCommitTested", 1, OffsetDateTime.now(), "organization-1",
                Map.of("step", 1));
    }

    /** Through the connection of the current transaction, if there is one. */
    private long entries(EventEnvelope<?> event) {
        return count("select count(*) from feed_entry where event_id = ?", event.eventId());
    }

    /** The advisory locks the current transaction's connection holds. */
    private long feedLocksHeld() {
        return count("select count(*) from pg_locks where locktype = 'advisory' and pid = pg_backend_pid()");
    }

    private long count(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        } catch (SQLException failed) {
            throw new IllegalStateException(failed);
        }
    }
}
