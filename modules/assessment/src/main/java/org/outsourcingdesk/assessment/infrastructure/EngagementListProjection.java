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
import org.outsourcingdesk.assessment.api.event.AssessmentDecisionApprovedEvent;
import org.outsourcingdesk.assessment.api.event.AssessmentDecisionProposedEvent;
import org.outsourcingdesk.assessment.api.event.AssessmentDecisionRejectedEvent;
import org.outsourcingdesk.assessment.api.event.AssessmentReopenedEvent;
import org.outsourcingdesk.assessment.api.event.CostBaselineRecordedEvent;
import org.outsourcingdesk.assessment.api.event.DemandProfileRecordedEvent;
import org.outsourcingdesk.assessment.api.event.EngagementOpenedEvent;
import org.outsourcingdesk.assessment.api.event.QualitativeFactorsRecordedEvent;
import org.outsourcingdesk.kernel.EngagementId;
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

    @EventHandler
    void on(EngagementOpenedEvent event, @Timestamp Instant openedAt) {
        var em = entityManagers.getEntityManager();
        if (em.find(EngagementEntity.class, event.engagementId().value()) == null) {
            em.persist(EngagementEntity.of(EngagementFolds.engagement(null, event, openedAt)));
        }
    }

    @EventHandler
    void on(DemandProfileRecordedEvent event, @Timestamp Instant at) {
        fold(event.engagementId(), event, at);
    }

    @EventHandler
    void on(CostBaselineRecordedEvent event, @Timestamp Instant at) {
        fold(event.engagementId(), event, at);
    }

    @EventHandler
    void on(QualitativeFactorsRecordedEvent event, @Timestamp Instant at) {
        fold(event.engagementId(), event, at);
    }

    @EventHandler
    void on(AssessmentDecisionProposedEvent event, @Timestamp Instant at) {
        fold(event.engagementId(), event, at);
    }

    @EventHandler
    void on(AssessmentDecisionRejectedEvent event, @Timestamp Instant at) {
        fold(event.engagementId(), event, at);
    }

    @EventHandler
    void on(AssessmentDecisionApprovedEvent event, @Timestamp Instant at) {
        fold(event.engagementId(), event, at);
    }

    @EventHandler
    void on(AssessmentReopenedEvent event, @Timestamp Instant at) {
        fold(event.engagementId(), event, at);
    }

    /** The row becomes what the shared fold says the engagement is after the event. */
    private void fold(EngagementId id, Object event, Instant at) {
        var entity = entityManagers.getEntityManager().find(EngagementEntity.class, id.value());
        if (entity != null) {
            entity.update(EngagementFolds.engagement(entity.toView(), event, at));
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
