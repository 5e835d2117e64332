package org.xuncha.rectification.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.agroal.api.AgroalDataSource;
import io.agroal.api.configuration.AgroalConnectionPoolConfiguration;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionManager;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.xuncha.platform.operations.TransientFailures;

/**
 * A transaction whose begin meets no database (PostgreSQL restarting, every pooled connection lent
 * out) fails as a failure that passes, and leaves nothing on the thread: neither
 * {@code QuarkusTransaction} nor {@code @Transactional} ends a transaction whose {@code begin()}
 * threw, so a transaction left begun would be joined by whatever the worker thread ran next, and
 * rolled back with it by the transaction timeout 60 s later (README, "Recovery").
 */
@QuarkusTest
class TransactionBeginTest {

    private final AgroalDataSource dataSource;
    private final TransactionManager transactions;

    TransactionBeginTest(AgroalDataSource dataSource, TransactionManager transactions) {
        this.dataSource = dataSource;
        this.transactions = transactions;
    }

    @Test
    void aTransactionWhoseBeginFindsNoConnectionIsNotLeftOnTheThread() throws Exception {
        AgroalConnectionPoolConfiguration pool = dataSource.getConfiguration().connectionPoolConfiguration();
        Duration acquisitionTimeout = pool.acquisitionTimeout();
        List<Connection> held = new ArrayList<>();
        Throwable failure;
        pool.setAcquisitionTimeout(Duration.ofMillis(500));
        try {
            // every connection the pool may open, lent out: the audit actor's at begin waits, then gives up
            while (true) {
                try {
                    held.add(dataSource.getConnection());
                } catch (SQLException exhausted) {
                    break;
                }
            }
            failure = catchThrowable(() -> QuarkusTransaction.requiringNew().run(() -> {
            }));
        } finally {
            for (Connection connection : held) {
                connection.close();
            }
            pool.setAcquisitionTimeout(acquisitionTimeout);
        }

        assertThat(failure).as("the begin's failure").isNotNull();
        assertThat(TransientFailures.passes(failure)).as("a failure that passes: %s", failure).isTrue();
        assertThat(transactions.getStatus()).as("the thread's transaction after the failed begin")
                .isEqualTo(Status.STATUS_NO_TRANSACTION);
        // and the thread's next transaction is a transaction of its own, which commits
        assertThat(QuarkusTransaction.requiringNew().call(() -> transactions.getStatus()))
                .isEqualTo(Status.STATUS_ACTIVE);
        assertThat(transactions.getStatus()).isEqualTo(Status.STATUS_NO_TRANSACTION);
    }
}
