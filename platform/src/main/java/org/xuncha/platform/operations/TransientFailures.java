package org.xuncha.platform.operations;

import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.PessimisticLockException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientException;
import java.util.Locale;
import org.hibernate.exception.JDBCConnectionException;
import org.hibernate.exception.LockAcquisitionException;

/**
 * Failures that pass by themselves: the database unreachable, restarting, busy, or a lock that
 * timed out. A consumer retries them for as long as they last; a request that meets one answers
 * 503 with {@code Retry-After}, and the same request sent again succeeds once the database is back.
 */
public final class TransientFailures {

    private TransientFailures() {
    }

    /**
     * Whether the failure, one of its causes, or one of theirs suppressed passes: a commit that failed in
     * a synchronization before completion (the feeds' entries, Hibernate's flush) comes as the
     * transaction manager's {@code RollbackException} with the failure suppressed, not as its cause.
     */
    public static boolean passes(Throwable failure) {
        return passes(failure, 0);
    }

    private static boolean passes(Throwable failure, int depth) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (depth < 3) {
                for (Throwable suppressed : cause.getSuppressed()) {
                    if (passes(suppressed, depth + 1)) {
                        return true;
                    }
                }
            }
            if (cause instanceof SQLTransientException || cause instanceof ConnectException
                    || cause instanceof JDBCConnectionException || cause instanceof LockAcquisitionException
                    || cause instanceof LockTimeoutException || cause instanceof PessimisticLockException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("40")
                    || sql.getSQLState().startsWith("53") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
            // the pool's own timeouts carry no SQL state: "Acquisition timeout while waiting for new connection"
            // (no connection could be opened) and "Sorry, acquisition timeout!" (every connection lent out)
            if (cause instanceof SQLException sql && sql.getSQLState() == null
                    && String.valueOf(sql.getMessage()).toLowerCase(Locale.ROOT).contains("acquisition timeout")) {
                return true;
            }
        }
        return false;
    }
}
