package org.outsourcingdesk.platform.axon;

import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.UserTransaction;
import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;

/**
 * Axon's transactions on the container's JTA. Inside a transaction that is already running (a
 * transactional bean, a request that began one) Axon's work joins it and a failure marks it
 * rollback-only; elsewhere (tracking processor threads, plain requests) it begins and ends its own.
 */
public class JtaTransactionManager implements TransactionManager {

    private final UserTransaction userTransaction;
    private final TransactionSynchronizationRegistry registry;

    public JtaTransactionManager(UserTransaction userTransaction, TransactionSynchronizationRegistry registry) {
        this.userTransaction = userTransaction;
        this.registry = registry;
    }

    @Override
    public Transaction startTransaction() {
        if (registry.getTransactionStatus() == Status.STATUS_ACTIVE) {
            return new Transaction() {
                @Override
                public void commit() {
                    // the owner of the surrounding transaction commits it
                }

                @Override
                public void rollback() {
                    registry.setRollbackOnly();
                }
            };
        }
        try {
            userTransaction.begin();
        } catch (Exception e) {
            throw new IllegalStateException("could not begin a JTA transaction", e);
        }
        return new Transaction() {
            @Override
            public void commit() {
                try {
                    if (userTransaction.getStatus() == Status.STATUS_MARKED_ROLLBACK) {
                        userTransaction.rollback();
                        throw new IllegalStateException(
                                "the transaction was marked rollback-only and has been rolled back; nothing was committed");
                    } else {
                        userTransaction.commit();
                    }
                } catch (RuntimeException e) {
                    throw e;
                } catch (Exception e) {
                    throw new IllegalStateException("could not commit the JTA transaction", e);
                }
            }

            @Override
            public void rollback() {
                try {
                    if (userTransaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
                        userTransaction.rollback();
                    }
                } catch (SystemException e) {
                    throw new IllegalStateException("could not roll back the JTA transaction", e);
                }
            }
        };
    }
}
