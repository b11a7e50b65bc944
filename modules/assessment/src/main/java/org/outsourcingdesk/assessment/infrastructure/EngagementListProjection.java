package org.outsourcingdesk.assessment.infrastructure;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.axonframework.common.jpa.EntityManagerProvider;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.outsourcingdesk.kernel.EngagementEvent;
import org.outsourcingdesk.assessment.api.query.EngagementFolds;
import org.outsourcingdesk.assessment.api.query.EngagementView;
import org.outsourcingdesk.assessment.api.query.FindEngagementQuery;
import org.outsourcingdesk.assessment.api.query.FindEngagementsQuery;

/**
 * The engagement list behind the dashboard and the API. Replay-safe: the same event twice leaves one
 * row, and a reset empties the table before a replay refills it.
 */
@Dependent
@ProcessingGroup(EngagementListProjection.PROCESSING_GROUP)
public class EngagementListProjection {

    public static final String PROCESSING_GROUP = "assessment-engagements";

    private final EntityManagerProvider entityManagers;

    @Inject
    public EngagementListProjection(EntityManagerProvider entityManagers) {
        this.entityManagers = entityManagers;
    }

    /**
     * Every engagement event: the row becomes what the shared fold says the engagement is after it
     * (a new row for the opening; unchanged for events the engagement list does not show).
     */
    @EventHandler
    void on(EngagementEvent event, @Timestamp Instant at) {
        var em = entityManagers.getEntityManager();
        var entity = em.find(EngagementEntity.class, event.engagementId().value());
        var after = EngagementFolds.engagement(entity == null ? null : entity.toView(), event, at);
        if (entity == null && after != null) {
            em.persist(EngagementEntity.of(after));
        } else if (entity != null) {
            entity.update(after);
        }
    }

    @ResetHandler
    void reset() {
        entityManagers.getEntityManager().createQuery("delete from EngagementEntity").executeUpdate();
    }

    @QueryHandler
    public List<EngagementView> handle(FindEngagementsQuery query) {
        return entityManagers.getEntityManager()
                .createQuery("select e from EngagementEntity e order by e.openedAt desc, e.reference desc",
                        EngagementEntity.class)
                .getResultStream().map(EngagementEntity::toView).toList();
    }

    @QueryHandler
    public Optional<EngagementView> handle(FindEngagementQuery query) {
        return Optional.ofNullable(entityManagers.getEntityManager()
                .find(EngagementEntity.class, query.engagementId().value())).map(EngagementEntity::toView);
    }
}
