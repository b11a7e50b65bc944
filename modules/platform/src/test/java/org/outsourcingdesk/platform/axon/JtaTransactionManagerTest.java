package org.outsourcingdesk.platform.axon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.UserTransaction;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JtaTransactionManagerTest {

    /** Records what was asked of JTA; its status is what the test sets. */
    static class FakeJta implements UserTransaction, TransactionSynchronizationRegistry {
        int status = Status.STATUS_NO_TRANSACTION;
        final List<String> calls = new ArrayList<>();

        @Override public void begin() { calls.add("begin"); status = Status.STATUS_ACTIVE; }
        @Override public void commit() { calls.add("commit"); status = Status.STATUS_NO_TRANSACTION; }
        @Override public void rollback() { calls.add("rollback"); status = Status.STATUS_NO_TRANSACTION; }
        @Override public void setRollbackOnly() { calls.add("setRollbackOnly"); status = Status.STATUS_MARKED_ROLLBACK; }
        @Override public int getStatus() { return status; }
        @Override public void setTransactionTimeout(int seconds) { }
        @Override public Object getTransactionKey() { return null; }
        @Override public void putResource(Object key, Object value) { }
        @Override public Object getResource(Object key) { return null; }
        @Override public void registerInterposedSynchronization(Synchronization sync) { }
        @Override public int getTransactionStatus() { return status; }
        @Override public boolean getRollbackOnly() { return status == Status.STATUS_MARKED_ROLLBACK; }
    }

    private final FakeJta jta = new FakeJta();
    private final JtaTransactionManager manager = new JtaTransactionManager(jta, jta);

    @Test
    void withoutARunningTransactionItBeginsAndCommitsItsOwn() {
        manager.startTransaction().commit();
        assertThat(jta.calls).containsExactly("begin", "commit");
    }

    @Test
    void itsOwnTransactionRollsBack() {
        manager.startTransaction().rollback();
        assertThat(jta.calls).containsExactly("begin", "rollback");
    }

    @Test
    void insideARunningTransactionItJoinsAndLeavesTheCommitToTheOwner() {
        jta.status = Status.STATUS_ACTIVE;
        manager.startTransaction().commit();
        assertThat(jta.calls).isEmpty();
    }

    @Test
    void aFailureInsideARunningTransactionMarksItRollbackOnly() {
        jta.status = Status.STATUS_ACTIVE;
        manager.startTransaction().rollback();
        assertThat(jta.calls).containsExactly("setRollbackOnly");
    }

    @Test
    void aTransactionMarkedForRollbackIsRolledBackAndTheCommitFails() {
        var tx = manager.startTransaction();
        jta.status = Status.STATUS_MARKED_ROLLBACK;
        assertThatThrownBy(tx::commit).isInstanceOf(IllegalStateException.class).hasMessageContaining("rolled back");
        assertThat(jta.calls).containsExactly("begin", "rollback");
    }
}
