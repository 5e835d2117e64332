package org.xuncha.platform.operations;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** Which failures are worth the same request again: the database away or busy, not a refusal. */
class TransientFailuresTest {

    @Test
    void aConnectionTheServerTerminatedPasses() {
        SQLException terminated = new SQLException("terminating connection due to administrator command", "57P01");

        assertThat(TransientFailures.passes(new PersistenceException("could not execute", terminated))).isTrue();
    }

    @Test
    void aConnectionThatCannotBeOpenedPasses() {
        assertThat(TransientFailures.passes(new SQLException("Connection refused", "08001"))).isTrue();
    }

    @Test
    void aPoolWhoseConnectionsAreAllLentOutPasses() {
        assertThat(TransientFailures.passes(new SQLException("Sorry, acquisition timeout!"))).isTrue();
        assertThat(TransientFailures.passes(new SQLException("Acquisition timeout while waiting for new connection")))
                .isTrue();
    }

    @Test
    void aSerializationFailurePasses() {
        assertThat(TransientFailures.passes(new SQLException("could not serialize access", "40001"))).isTrue();
    }

    @Test
    void aCommitThatFailedBeforeCompletionBecauseTheDatabaseWentAwayPasses() {
        // how Narayana reports it: a RollbackException, the synchronization's failure suppressed
        IllegalStateException rolledBack = new IllegalStateException("ARJUNA016053: Could not commit transaction.");
        rolledBack.addSuppressed(new RuntimeException(new SQLException("An I/O error occurred", "08006")));

        assertThat(TransientFailures.passes(new IllegalStateException("commit", rolledBack))).isTrue();
    }

    @Test
    void aCommitThatFailedBeforeCompletionOnABrokenConstraintDoesNotPass() {
        IllegalStateException rolledBack = new IllegalStateException("ARJUNA016053: Could not commit transaction.");
        rolledBack.addSuppressed(new SQLException("duplicate key value violates unique constraint", "23505"));

        assertThat(TransientFailures.passes(rolledBack)).isFalse();
    }

    @Test
    void aBrokenConstraintDoesNotPass() {
        SQLException duplicate = new SQLException("duplicate key value violates unique constraint", "23505");

        assertThat(TransientFailures.passes(new PersistenceException("could not execute", duplicate))).isFalse();
    }

    @Test
    void aBugDoesNotPass() {
        assertThat(TransientFailures.passes(new NullPointerException("field"))).isFalse();
    }
}
