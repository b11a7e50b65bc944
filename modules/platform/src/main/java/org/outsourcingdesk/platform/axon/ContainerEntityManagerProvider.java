package org.outsourcingdesk.platform.axon;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.axonframework.common.jpa.EntityManagerProvider;

/**
 * The container's transaction-scoped entity manager of the "desk" unit: on any thread it joins the
 * JTA transaction of that thread. The event store, the token store and every read model use it.
 */
@ApplicationScoped
public class ContainerEntityManagerProvider implements EntityManagerProvider {

    @PersistenceContext(unitName = "desk")
    EntityManager entityManager;

    @Override
    public EntityManager getEntityManager() {
        return entityManager;
    }
}
