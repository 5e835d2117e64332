package org.xuncha.platform.operations;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Work that follows a commit: at once when no transaction is running, else when the running one
 * commits, never when it rolls back. An import job is queued so once its row is there for it to read
 * (an {@code Idempotency-Key} runs the job's creation in a transaction of its own, which commits after
 * the operation returned); a relay is woken, a counter moved.
 */
public final class AfterCommit {

    private AfterCommit() {
    }

    public static void run(TransactionSynchronizationRegistry transactions, Runnable work) {
        int status = transactions.getTransactionStatus();
        if (status == Status.STATUS_NO_TRANSACTION) {
            work.run();
            return;
        }
        if (status == Status.STATUS_MARKED_ROLLBACK) {
            return;
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    work.run();
                }
            }
        });
    }
}
