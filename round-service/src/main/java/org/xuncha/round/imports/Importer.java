package org.xuncha.round.imports;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.eclipse.microprofile.context.ThreadContext;
import org.xuncha.platform.operations.AfterCommit;

/**
 * The one importer of the service: a managed executor running one import job at a time, whatever
 * its kind (so a cadre import reads the registry an organization import queued before it left), and
 * whether the service is stopping (a running job then stops at its next batch, INTERRUPTED).
 */
@ApplicationScoped
public class Importer {

    private final ManagedExecutor executor = ManagedExecutor.builder().maxAsync(1).maxQueued(-1)
            .propagated(ThreadContext.NONE).cleared(ThreadContext.ALL_REMAINING).build();
    private final TransactionSynchronizationRegistry transactions;
    private volatile boolean stopping;

    public Importer(TransactionSynchronizationRegistry transactions) {
        this.transactions = transactions;
    }

    void onStop(@Observes ShutdownEvent stopped) {
        stopping = true;
        executor.shutdown();
        try {
            executor.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Queues a job, once the transaction that created its row (if one runs) has committed. */
    public void execute(Runnable job) {
        AfterCommit.run(transactions, () -> executor.execute(job));
    }

    public boolean stopping() {
        return stopping;
    }
}
