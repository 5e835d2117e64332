package org.xuncha.platform.imports;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Queues an import job once the job's row is there for it to read: at once when no transaction is
 * running, else when the running one commits (an {@code Idempotency-Key} runs the job's creation in a
 * transaction of its own, which commits after the operation returned); never when it rolls back.
 */
public final class AfterCommit {

    private AfterCommit() {
    }

    public static void run(TransactionSynchronizationRegistry transactions, Runnable queue) {
        if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
            queue.run();
            return;
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    queue.run();
                }
            }
        });
    }
}
