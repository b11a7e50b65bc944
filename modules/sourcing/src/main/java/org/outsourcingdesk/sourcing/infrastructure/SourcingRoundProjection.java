package org.outsourcingdesk.sourcing.infrastructure;

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
import org.outsourcingdesk.platform.serialization.DeskObjectMapper;
import org.outsourcingdesk.sourcing.api.event.DueDiligenceRecordedEvent;
import org.outsourcingdesk.sourcing.api.event.EvaluationCriteriaSetEvent;
import org.outsourcingdesk.sourcing.api.event.MandatoryDueDiligenceSetEvent;
import org.outsourcingdesk.sourcing.api.event.QuoteRecordedEvent;
import org.outsourcingdesk.sourcing.api.event.RequestForProposalRecordedEvent;
import org.outsourcingdesk.sourcing.api.event.ReviewFindingRecordedEvent;
import org.outsourcingdesk.sourcing.api.event.SelectionProposedEvent;
import org.outsourcingdesk.sourcing.api.event.SelectionRejectedEvent;
import org.outsourcingdesk.sourcing.api.event.ShortlistedVendorDroppedEvent;
import org.outsourcingdesk.sourcing.api.event.SourcingRoundCancelledEvent;
import org.outsourcingdesk.sourcing.api.event.SourcingRoundEndedEvent;
import org.outsourcingdesk.sourcing.api.event.SourcingRoundOpenedEvent;
import org.outsourcingdesk.sourcing.api.event.TestCallLoggedEvent;
import org.outsourcingdesk.sourcing.api.event.VendorScoredEvent;
import org.outsourcingdesk.sourcing.api.event.VendorSelectedEvent;
import org.outsourcingdesk.sourcing.api.event.VendorShortlistedEvent;
import org.outsourcingdesk.sourcing.api.query.FindSourcingRoundQuery;
import org.outsourcingdesk.sourcing.api.query.RoundFolds;
import org.outsourcingdesk.sourcing.api.query.SourcingRoundView;

/**
 * The sourcing rounds, each as {@link RoundFolds} leaves it. Replay-safe: a round is written by its id,
 * and folding the same event twice leaves it as it was.
 */
@Dependent
@ProcessingGroup(SourcingRoundProjection.PROCESSING_GROUP)
public class SourcingRoundProjection {

    public static final String PROCESSING_GROUP = "sourcing-rounds";
    private static final ObjectMapper JSON = DeskObjectMapper.create();

    private final EntityManagerProvider entityManagers;

    @Inject
    public SourcingRoundProjection(EntityManagerProvider entityManagers) {
        this.entityManagers = entityManagers;
    }

    @EventHandler
    void on(SourcingRoundOpenedEvent event, @Timestamp Instant at) {
        var em = entityManagers.getEntityManager();
        if (em.find(SourcingRoundEntity.class, event.roundId()) == null) {
            em.persist(new SourcingRoundEntity(event.roundId(), event.engagementId().value(), event.number(),
                    write(RoundFolds.round(null, event, at))));
        }
    }

    @EventHandler
    void on(EvaluationCriteriaSetEvent event, @Timestamp Instant at) {
        fold(event.roundId(), event, at);
    }

    @EventHandler
    void on(VendorShortlistedEvent event, @Timestamp Instant at) {
        fold(event.roundId(), event, at);
    }

    @EventHandler
    void on(ShortlistedVendorDroppedEvent event, @Timestamp Instant at) {
        fold(event.roundId(), event, at);
    }

    @EventHandler
    void on(SourcingRoundCancelledEvent event, @Timestamp Instant at) {
        fold(event.roundId(), event, at);
    }

    @EventHandler
    void on(RequestForProposalRecordedEvent event, @Timestamp Instant at) {
        fold(event.roundId(), event, at);
    }

    @EventHandler
    void on(QuoteRecordedEvent event, @Timestamp Instant at) {
        fold(event.roundId(), event, at);
    }

    @EventHandler
    void on(MandatoryDueDiligenceSetEvent event, @Timestamp Instant at) {
        fold(event.roundId(), event, at);
    }

    @EventHandler
    void on(DueDiligenceRecordedEvent event, @Timestamp Instant at) {
        fold(event.roundId(), event, at);
    }

    @EventHandler
    void on(TestCallLoggedEvent event, @Timestamp Instant at) {
        fold(event.roundId(), event, at);
    }

    @EventHandler
    void on(ReviewFindingRecordedEvent event, @Timestamp Instant at) {
        fold(event.roundId(), event, at);
    }

    @EventHandler
    void on(VendorScoredEvent event, @Timestamp Instant at) {
        fold(event.roundId(), event, at);
    }

    @EventHandler
    void on(SelectionProposedEvent event, @Timestamp Instant at) {
        fold(event.roundId(), event, at);
    }

    @EventHandler
    void on(VendorSelectedEvent event, @Timestamp Instant at) {
        fold(event.roundId(), event, at);
    }

    @EventHandler
    void on(SelectionRejectedEvent event, @Timestamp Instant at) {
        fold(event.roundId(), event, at);
    }

    @EventHandler
    void on(SourcingRoundEndedEvent event, @Timestamp Instant at) {
        fold(event.roundId(), event, at);
    }

    @ResetHandler
    void reset() {
        entityManagers.getEntityManager().createQuery("delete from SourcingRoundEntity").executeUpdate();
    }

    @QueryHandler
    public Optional<SourcingRoundView> handle(FindSourcingRoundQuery query) {
        return entityManagers.getEntityManager()
                .createQuery("select r from SourcingRoundEntity r where r.engagementId = :id order by r.number desc",
                        SourcingRoundEntity.class)
                .setParameter("id", query.engagementId().value()).setMaxResults(1).getResultStream().findFirst()
                .map(r -> read(r.view()));
    }

    private void fold(String roundId, Object event, Instant at) {
        var row = entityManagers.getEntityManager().find(SourcingRoundEntity.class, roundId);
        if (row != null) {
            row.show(write(RoundFolds.round(read(row.view()), event, at)));
        }
    }

    private static String write(SourcingRoundView view) {
        try {
            return JSON.writeValueAsString(view);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static SourcingRoundView read(String json) {
        try {
            return JSON.readValue(json, SourcingRoundView.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
