package org.outsourcingdesk.exit.infrastructure;

import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.axonframework.common.jpa.EntityManagerProvider;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.outsourcingdesk.exit.api.event.ExitEvent;
import org.outsourcingdesk.exit.api.event.ExitPlanStartedEvent;
import org.outsourcingdesk.exit.api.query.ExitFolds;
import org.outsourcingdesk.exit.api.query.ExitView;
import org.outsourcingdesk.exit.api.query.FindExitQuery;
import org.outsourcingdesk.exit.api.query.FindExitsQuery;
import org.outsourcingdesk.platform.serialization.DeskObjectMapper;

/** Each contract's exit case, as {@link ExitFolds} leaves it. Replay-safe: written by the case's id; the folds are keyed. */
@Dependent
@ProcessingGroup(ExitProjection.PROCESSING_GROUP)
public class ExitProjection {

    public static final String PROCESSING_GROUP = "exit-cases";
    private static final ObjectMapper JSON = DeskObjectMapper.create();

    private final EntityManagerProvider entityManagers;

    @Inject
    public ExitProjection(EntityManagerProvider entityManagers) {
        this.entityManagers = entityManagers;
    }

    @EventHandler
    void on(ExitEvent event, @Timestamp Instant at) {
        var em = entityManagers.getEntityManager();
        var row = em.find(ExitEntity.class, event.exitId());
        if (event instanceof ExitPlanStartedEvent) {
            if (row == null) {
                row = new ExitEntity(event.exitId(), event.engagementId().value(), at);
                show(row, ExitFolds.exit(null, event, at));
                em.persist(row);
            }
        } else if (row != null) {
            show(row, ExitFolds.exit(read(row.view()), event, at));
        }
    }

    @ResetHandler
    void reset() {
        entityManagers.getEntityManager().createQuery("delete from ExitEntity").executeUpdate();
    }

    @QueryHandler
    public Optional<ExitView> handle(FindExitQuery query) {
        return entityManagers.getEntityManager()
                .createQuery("select e from ExitEntity e where e.engagementId = :id order by e.startedAt desc", ExitEntity.class)
                .setParameter("id", query.engagementId().value()).setMaxResults(1).getResultStream().findFirst().map(e -> read(e.view()));
    }

    @QueryHandler
    public List<ExitView> handle(FindExitsQuery query) {
        return entityManagers.getEntityManager()
                .createQuery("select e from ExitEntity e where e.status <> :completed order by e.startedAt", ExitEntity.class)
                .setParameter("completed", ExitView.ExitStatus.COMPLETED.name()).getResultStream().map(e -> read(e.view())).toList();
    }

    private static void show(ExitEntity row, ExitView view) {
        try {
            row.show(JSON.writeValueAsString(view), view.status().name());
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ExitView read(String json) {
        try {
            return JSON.readValue(json, ExitView.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
