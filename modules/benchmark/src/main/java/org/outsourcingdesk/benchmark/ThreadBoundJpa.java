package org.outsourcingdesk.benchmark;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.common.jpa.EntityManagerProvider;
import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;

/**
 * What the container gives Axon in the server (a transaction-scoped entity manager and JTA), rebuilt
 * for a plain JVM over a RESOURCE_LOCAL unit: a transaction opens an entity manager bound to its
 * thread, and everything Axon does on that thread until commit or rollback uses it.
 * <p>
 * Semantics follow {@code JtaTransactionManager} in the platform, so that the benchmark exercises
 * the same call pattern: a transaction started while one is running on the thread joins it (Axon
 * nests {@code fetchInTransaction} inside the command's unit of work), and its rollback only marks
 * the outer one rollback-only. Outside any transaction Axon still reads now and then (head and tail
 * tokens); like a container-managed entity manager outside JTA, those reads get an entity manager
 * whose results are detached right away.
 */
final class ThreadBoundJpa implements EntityManagerProvider, TransactionManager, AutoCloseable {

    private final EntityManagerFactory factory;
    private final ThreadLocal<EntityManager> inTransaction = new ThreadLocal<>();
    private final ThreadLocal<EntityManager> outsideTransaction = new ThreadLocal<>();
    private final Set<EntityManager> idle = ConcurrentHashMap.newKeySet();

    ThreadBoundJpa(EntityManagerFactory factory) {
        this.factory = factory;
    }

    @Override
    public EntityManager getEntityManager() {
        EntityManager current = inTransaction.get();
        if (current != null) {
            return current;
        }
        EntityManager loose = outsideTransaction.get();
        if (loose == null || !loose.isOpen()) {
            loose = factory.createEntityManager();
            outsideTransaction.set(loose);
            idle.add(loose);
        }
        loose.clear();
        return loose;
    }

    @Override
    public Transaction startTransaction() {
        EntityManager running = inTransaction.get();
        if (running != null) {
            return joined(running.getTransaction());
        }
        EntityManager entityManager = factory.createEntityManager();
        try {
            entityManager.getTransaction().begin();
        } catch (RuntimeException e) {
            entityManager.close();
            throw e;
        }
        inTransaction.set(entityManager);
        return new Owned(entityManager);
    }

    private static Transaction joined(EntityTransaction outer) {
        return new Transaction() {
            @Override
            public void commit() {
                // the transaction's owner commits it
            }

            @Override
            public void rollback() {
                if (outer.isActive()) {
                    outer.setRollbackOnly();
                }
            }
        };
    }

    /** The outermost transaction on a thread: it alone commits, and it ends the entity manager. */
    private final class Owned implements Transaction {

        private final EntityManager entityManager;
        private boolean ended;

        Owned(EntityManager entityManager) {
            this.entityManager = entityManager;
        }

        @Override
        public void commit() {
            if (ended) {
                return;
            }
            try {
                // A rollback-only transaction throws RollbackException here, as JPA specifies.
                entityManager.getTransaction().commit();
            } finally {
                end();
            }
        }

        @Override
        public void rollback() {
            if (ended) {
                return; // Axon rolls back after a failed commit; the commit already cleaned up
            }
            try {
                if (entityManager.getTransaction().isActive()) {
                    entityManager.getTransaction().rollback();
                }
            } finally {
                end();
            }
        }

        private void end() {
            ended = true;
            if (inTransaction.get() == entityManager) {
                inTransaction.remove();
            }
            entityManager.close();
        }
    }

    /** Closes the entity managers handed out for reads outside transactions. */
    @Override
    public void close() {
        idle.forEach(entityManager -> {
            if (entityManager.isOpen()) {
                entityManager.close();
            }
        });
        idle.clear();
    }
}
