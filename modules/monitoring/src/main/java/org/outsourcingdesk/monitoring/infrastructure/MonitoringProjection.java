package org.outsourcingdesk.monitoring.infrastructure;

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
import org.outsourcingdesk.monitoring.api.event.MonitoringEvent;
import org.outsourcingdesk.monitoring.api.event.MonitoringStartedEvent;
import org.outsourcingdesk.monitoring.api.query.FindMonitoringQuery;
import org.outsourcingdesk.monitoring.api.query.FindOpenTriggersQuery;
import org.outsourcingdesk.monitoring.api.query.MonitoringFolds;
import org.outsourcingdesk.monitoring.api.query.MonitoringView;
import org.outsourcingdesk.platform.serialization.DeskObjectMapper;

/**
 * Each contract's monitoring, as {@link MonitoringFolds} leaves it. Replay-safe: a row is written by
 * the monitoring's id, and folding the same event twice leaves it as it was (each list is keyed).
 */
@Dependent
@ProcessingGroup(MonitoringProjection.PROCESSING_GROUP)
public class MonitoringProjection {

    public static final String PROCESSING_GROUP = "monitoring-contracts";
    private static final ObjectMapper JSON = DeskObjectMapper.create();

    private final EntityManagerProvider entityManagers;

    @Inject
    public MonitoringProjection(EntityManagerProvider entityManagers) {
        this.entityManagers = entityManagers;
    }

    @EventHandler
    void on(MonitoringEvent event, @Timestamp Instant at) {
        var em = entityManagers.getEntityManager();
        var row = em.find(MonitoringEntity.class, event.monitoringId());
        if (event instanceof MonitoringStartedEvent) {
            if (row == null) {
                row = new MonitoringEntity(event.monitoringId(), event.engagementId().value(), at);
                show(row, MonitoringFolds.monitoring(null, event, at));
                em.persist(row);
            }
        } else if (row != null) {
            show(row, MonitoringFolds.monitoring(read(row.view()), event, at));
        }
    }

    @ResetHandler
    void reset() {
        entityManagers.getEntityManager().createQuery("delete from MonitoringEntity").executeUpdate();
    }

    @QueryHandler
    public Optional<MonitoringView> handle(FindMonitoringQuery query) {
        return entityManagers.getEntityManager()
                .createQuery("select m from MonitoringEntity m where m.engagementId = :id order by m.startedAt desc", MonitoringEntity.class)
                .setParameter("id", query.engagementId().value()).setMaxResults(1).getResultStream().findFirst()
                .map(m -> read(m.view()));
    }

    @QueryHandler
    public List<MonitoringView> handle(FindOpenTriggersQuery query) {
        return entityManagers.getEntityManager()
                .createQuery("select m from MonitoringEntity m where m.openTriggers > 0 order by m.startedAt", MonitoringEntity.class)
                .getResultStream().map(m -> read(m.view())).toList();
    }

    private static void show(MonitoringEntity row, MonitoringView view) {
        try {
            row.show(JSON.writeValueAsString(view), view.openTriggers().size());
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static MonitoringView read(String json) {
        try {
            return JSON.readValue(json, MonitoringView.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
