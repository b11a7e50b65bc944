package org.outsourcingdesk.assessment.infrastructure;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;
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
import org.outsourcingdesk.assessment.api.event.QualitativeFactorsRecordedEvent;
import org.outsourcingdesk.assessment.api.model.CostBaseline;
import org.outsourcingdesk.assessment.api.model.DemandProfile;
import org.outsourcingdesk.assessment.api.model.QualitativeFactors;
import org.outsourcingdesk.assessment.api.query.AssessmentView;
import org.outsourcingdesk.assessment.api.query.FindAssessmentQuery;
import org.outsourcingdesk.kernel.EngagementId;
import org.outsourcingdesk.platform.serialization.DeskObjectMapper;

/**
 * The assessment worksheet behind the assessment pages and API: each engagement's latest inputs,
 * pending proposal and decision. Replay-safe: every handler overwrites the row's parts with the
 * event's, so the same event twice leaves the same row, and a reset empties the table.
 */
@Dependent
@ProcessingGroup(AssessmentWorksheetProjection.PROCESSING_GROUP)
public class AssessmentWorksheetProjection {

    public static final String PROCESSING_GROUP = "assessment-worksheets";
    private static final ObjectMapper JSON = DeskObjectMapper.create();

    private final EntityManagerProvider entityManagers;

    @Inject
    public AssessmentWorksheetProjection(EntityManagerProvider entityManagers) {
        this.entityManagers = entityManagers;
    }

    @EventHandler
    void on(DemandProfileRecordedEvent event, @Timestamp Instant at) {
        update(event.engagementId(), at, event.recordedBy(), w -> w.recordDemand(json(event.profile())));
    }

    @EventHandler
    void on(CostBaselineRecordedEvent event, @Timestamp Instant at) {
        update(event.engagementId(), at, event.recordedBy(), w -> w.recordBaseline(json(event.baseline())));
    }

    @EventHandler
    void on(QualitativeFactorsRecordedEvent event, @Timestamp Instant at) {
        update(event.engagementId(), at, event.recordedBy(), w -> w.recordFactors(json(event.factors())));
    }

    @EventHandler
    void on(AssessmentDecisionProposedEvent event, @Timestamp Instant at) {
        update(event.engagementId(), at, event.proposedBy(), w -> w.propose(json(event)));
    }

    @EventHandler
    void on(AssessmentDecisionRejectedEvent event, @Timestamp Instant at) {
        update(event.engagementId(), at, event.rejectedBy(), w -> w.reject(json(event)));
    }

    @EventHandler
    void on(AssessmentDecisionApprovedEvent event, @Timestamp Instant at) {
        update(event.engagementId(), at, event.approvedBy(), w -> w.decide(json(event)));
    }

    @EventHandler
    void on(AssessmentReopenedEvent event, @Timestamp Instant at) {
        update(event.engagementId(), at, event.reopenedBy(), w -> w.reopen(json(event)));
    }

    @ResetHandler
    void reset() {
        entityManagers.getEntityManager().createQuery("delete from WorksheetEntity").executeUpdate();
    }

    @QueryHandler
    public Optional<AssessmentView> handle(FindAssessmentQuery query) {
        return Optional.ofNullable(entityManagers.getEntityManager().find(WorksheetEntity.class,
                query.engagementId().value())).map(AssessmentWorksheetProjection::toView);
    }

    private void update(EngagementId id, Instant at, String by, Consumer<WorksheetEntity> change) {
        var em = entityManagers.getEntityManager();
        var worksheet = em.find(WorksheetEntity.class, id.value());
        if (worksheet == null) {
            worksheet = new WorksheetEntity(id.value());
            change.accept(worksheet);
            worksheet.touched(at, by);
            em.persist(worksheet);
        } else {
            change.accept(worksheet);
            worksheet.touched(at, by);
        }
    }

    static AssessmentView toView(WorksheetEntity w) {
        return new AssessmentView(new EngagementId(w.engagementId()), w.status(),
                read(w.demand(), DemandProfile.class), read(w.baseline(), CostBaseline.class),
                read(w.factors(), QualitativeFactors.class), read(w.proposal(), AssessmentDecisionProposedEvent.class),
                read(w.decision(), AssessmentDecisionApprovedEvent.class),
                read(w.lastRejection(), AssessmentDecisionRejectedEvent.class),
                read(w.lastReopening(), AssessmentReopenedEvent.class), w.updatedAt().toInstant(), w.updatedBy());
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> T read(String json, Class<T> type) {
        if (json == null) {
            return null;
        }
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
