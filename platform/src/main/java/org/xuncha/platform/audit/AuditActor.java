package org.xuncha.platform.audit;

import io.quarkus.arc.Arc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;
import jakarta.transaction.TransactionScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import javax.sql.DataSource;
import org.xuncha.platform.security.Caller;

/**
 * Tells the database who and when, at the start of every transaction, for the audit trail's
 * entries: the caller's account (the token's {@code sub}) while a request is handled,
 * {@value #SYSTEM} for the service's own work (no token) (events applied, deadline checks, the outbox relay),
 * and the committee's clock. Both are transaction-local settings ({@code set_config(..., true)})
 * that the database's {@code audit_append} reads when the transaction commits.
 */
@ApplicationScoped
public class AuditActor {

    public static final String SYSTEM = "system";

    private final DataSource dataSource;
    private final Instance<Caller> caller;
    private final Clock clock;
    private final TransactionManager transactions;

    public AuditActor(DataSource dataSource, Instance<Caller> caller, Clock clock, TransactionManager transactions) {
        this.dataSource = dataSource;
        this.caller = caller;
        this.clock = clock;
        this.transactions = transactions;
    }

    /**
     * Runs inside {@code begin()}, after the transaction manager began the transaction. If the
     * database cannot be reached (restarting, the pool exhausted), the transaction is rolled back
     * here before the failure goes on: whoever called {@code begin()} sees it fail, and neither
     * {@code QuarkusTransaction} nor {@code @Transactional} ends a transaction whose begin failed. Left
     * on the thread, it would be joined by whatever that worker thread ran next (an answered request's
     * writes, rolled back with it) until the transaction timeout, 60 s later.
     */
    void transactionBegun(@Observes @Initialized(TransactionScoped.class) Object transaction) throws SQLException {
        // The connection of this transaction: the pool lends the same one to everything within it.
        try (Connection connection = dataSource.getConnection();
                PreparedStatement settings = connection.prepareStatement(
                        "select set_config('xuncha.audit.actor', ?, true), set_config('xuncha.audit.at', ?, true)")) {
            settings.setString(1, actor());
            settings.setString(2, OffsetDateTime.now(clock).toString());
            settings.execute();
        } catch (SQLException | RuntimeException unreachable) {
            try {
                transactions.rollback();
            } catch (SystemException | RuntimeException alsoFailed) {
                unreachable.addSuppressed(alsoFailed);
            }
            throw unreachable;
        }
    }

    private String actor() {
        if (!Arc.container().requestContext().isActive()) {
            return SYSTEM;
        }
        try {
            String subject = caller.get().userId();
            return subject == null || subject.isBlank() ? SYSTEM : subject;
        } catch (RuntimeException noRequestOfAPerson) { // an event applied within a request context of its own
            return SYSTEM;
        }
    }
}
