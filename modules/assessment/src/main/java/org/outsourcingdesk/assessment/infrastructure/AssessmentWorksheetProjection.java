package org.outsourcingdesk.assessment.infrastructure;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.io.UncheckedIOException;
import java.time.Instant;
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
import org.outsourcingdesk.assessment.api.model.CostBaseline;
import org.outsourcingdesk.assessment.api.model.DemandProfile;
import org.outsourcingdesk.assessment.api.model.QualitativeFactors;
import org.outsourcingdesk.assessment.api.query.AssessmentView;
import org.outsourcingdesk.assessment.api.query.EngagementFolds;
import org.outsourcingdesk.assessment.api.query.FindAssessmentQuery;
import org.outsourcingdesk.kernel.EngagementEvent;
import org.outsourcingdesk.kernel.EngagementId;
import org.outsourcingdesk.platform.serialization.DeskObjectMapper;

/**
 * The assessment worksheet behind the assessment pages and API: each engagement's latest inputs,
 * pending proposal and decision, as {@link EngagementFolds#assessment} says they are after each
 * event. Replay-safe: the fold sets parts rather than adding to them, so the same event twice leaves
 * the same row, and a reset empties the table.
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

    /** Every engagement event: the row becomes what the shared fold says the assessment is after it. */
    @EventHandler
    void on(EngagementEvent event, @Timestamp Instant at) {
        var em = entityManagers.getEntityManager();
        var worksheet = em.find(WorksheetEntity.class, event.engagementId().value());
        var after = EngagementFolds.assessment(worksheet == null ? null : toView(worksheet), event, at);
        if (after == null) {
            return; // nothing recorded yet: the assessment has no worksheet
        }
        if (worksheet == null) {
            worksheet = new WorksheetEntity(event.engagementId().value());
            worksheet.write(after, AssessmentWorksheetProjection::json);
            em.persist(worksheet);
        } else {
            worksheet.write(after, AssessmentWorksheetProjection::json);
        }
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

    @QueryHandler
    public java.util.List<org.outsourcingdesk.assessment.api.model.ChannelStaffing> handle(
            org.outsourcingdesk.assessment.api.query.FindStaffingAtVolumesQuery query) {
        var demand = handle(new FindAssessmentQuery(query.engagementId())).map(AssessmentView::demand).map(DemandProfile::normalized)
                .orElse(null);
        if (demand == null || demand.channels() == null) {
            return java.util.List.of();
        }
        var assumptions = demand.assumptions() == null ? org.outsourcingdesk.assessment.api.model.StaffingAssumptions.usual()
                : demand.assumptions();
        return demand.channels().stream().filter(c -> c != null && query.annualVolumes().containsKey(c.channel()))
                .map(c -> org.outsourcingdesk.assessment.domain.figures.StaffingModel.staffAt(c, assumptions,
                        query.annualVolumes().get(c.channel())))
                .toList();
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
