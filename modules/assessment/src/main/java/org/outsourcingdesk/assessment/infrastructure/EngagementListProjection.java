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
import org.outsourcingdesk.assessment.api.query.EngagementView;
import org.outsourcingdesk.assessment.api.query.FindEngagementQuery;
import org.outsourcingdesk.assessment.api.query.FindEngagementsQuery;
import org.outsourcingdesk.kernel.Stage;

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
            em.persist(new EngagementEntity(event.engagementId().value(), event.reference(), event.name(),
                    event.businessUnit(), event.currency(), Stage.ASSESSMENT, "Open", openedAt, event.openedBy()));
        }
    }

    @EventHandler
    void on(DemandProfileRecordedEvent event) {
        describe(event.engagementId(), "Assessment in progress");
    }

    @EventHandler
    void on(CostBaselineRecordedEvent event) {
        describe(event.engagementId(), "Assessment in progress");
    }

    @EventHandler
    void on(QualitativeFactorsRecordedEvent event) {
        describe(event.engagementId(), "Assessment in progress");
    }

    @EventHandler
    void on(AssessmentDecisionProposedEvent event) {
        describe(event.engagementId(), "Proposed: " + event.outcome().label() + "; awaiting approval");
    }

    @EventHandler
    void on(AssessmentDecisionRejectedEvent event) {
        describe(event.engagementId(), "Proposal rejected by " + event.rejectedBy());
    }

    @EventHandler
    void on(AssessmentDecisionApprovedEvent event) {
        find(event.engagementId()).ifPresent(e -> e.moveTo(event.nextStage(), "Decided: " + event.outcome().label()
                + "; approved by " + event.approvedBy()));
    }

    @EventHandler
    void on(AssessmentReopenedEvent event) {
        find(event.engagementId()).ifPresent(e -> e.moveTo(Stage.ASSESSMENT, "Assessment reopened"));
    }

    private void describe(EngagementId id, String status) {
        find(id).ifPresent(e -> e.describe(status));
    }

    private Optional<EngagementEntity> find(EngagementId id) {
        return Optional.ofNullable(entityManagers.getEntityManager().find(EngagementEntity.class, id.value()));
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
