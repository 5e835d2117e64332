package org.xuncha.platform.operations;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Counters of what happened ({@code xuncha_cases_opened_total}, {@code xuncha_events_applied_total}
 * …) that move only when the transaction that did it commits: a rolled-back change, or a batch that
 * is applied again record by record, counts nothing twice.
 */
@ApplicationScoped
public class CommitCounters {

    private final MeterRegistry registry;
    private final TransactionSynchronizationRegistry transactions;

    public CommitCounters(MeterRegistry registry, TransactionSynchronizationRegistry transactions) {
        this.registry = registry;
        this.transactions = transactions;
    }

    /** The counter of that name and tags (tags as key, value, key, value …), registered at zero if new. */
    public CommitCounter counter(String name, String description, String... tags) {
        return new CommitCounter(Counter.builder(name).description(description).tags(tags).register(registry));
    }

    /** A counter that moves by one when the current transaction commits (at once outside a transaction). */
    public final class CommitCounter {

        private final Counter counter;

        private CommitCounter(Counter counter) {
            this.counter = counter;
        }

        public void increment() {
            AfterCommit.run(transactions, counter::increment);
        }
    }
}
