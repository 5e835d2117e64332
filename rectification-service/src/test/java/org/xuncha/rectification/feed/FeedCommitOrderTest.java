package org.xuncha.rectification.feed;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.xuncha.contract.EventEnvelope;
import org.xuncha.platform.feed.FeedEvent;
import org.xuncha.platform.feed.Feeds;
import org.xuncha.platform.paging.Page;

/**
 * A feed's positions follow commit order, and appending holds no other writer up: a transaction that
 * appended first and is still running (a consumer applying a poll) does not make a later one wait,
 * and a reader who saw the later one's entry and follows {@code next} still gets the first one's
 * once it commits.
 */
@QuarkusTest
class FeedCommitOrderTest {

    private final Feeds feeds;

    FeedCommitOrderTest(Feeds feeds) {
        this.feeds = feeds;
    }

    @Test
    void aLaterTransactionCommitsWhileAnEarlierOneRunsAndAReaderFollowingNextMissesNeither() throws Exception {
        String feed = "xuncha.test.feed-" + UUID.randomUUID();
        EventEnvelope<?> early = event();
        EventEnvelope<?> late = event();
        CountDownLatch appended = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        CompletableFuture<Void> running = CompletableFuture.runAsync(() -> QuarkusTransaction.requiringNew().run(() -> {
            feeds.append(feed, "early", early);
            appended.countDown();
            awaitQuietly(finish);
        }));
        try {
            assertThat(appended.await(30, TimeUnit.SECONDS)).isTrue();
            CompletableFuture.runAsync(() -> QuarkusTransaction.requiringNew().run(() -> feeds.append(feed, "late", late)))
                    .get(15, TimeUnit.SECONDS);

            Page<FeedEvent> first = feeds.read(feed, null, 10, Duration.ZERO);
            assertThat(ids(first)).containsExactly(late.eventId());

            finish.countDown();
            running.get(30, TimeUnit.SECONDS);
            assertThat(ids(feeds.read(feed, first.next(), 10, Duration.ZERO))).containsExactly(early.eventId());
            assertThat(ids(feeds.read(feed, null, 10, Duration.ZERO))).containsExactly(late.eventId(), early.eventId());
        } finally {
            finish.countDown();
        }
    }

    private static EventEnvelope<?> event() {
        return new EventEnvelope<>(UUID.randomUUID(), "FeedOrderProbe", 1, OffsetDateTime.now(),
                UUID.randomUUID().toString(), Map.of("probe", true));
    }

    private static List<UUID> ids(Page<FeedEvent> page) {
        return page.items().stream().map(FeedEvent::eventId).toList();
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
