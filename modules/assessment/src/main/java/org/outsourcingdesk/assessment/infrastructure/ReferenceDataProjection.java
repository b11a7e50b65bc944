package org.outsourcingdesk.assessment.infrastructure;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.axonframework.common.jpa.EntityManagerProvider;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.outsourcingdesk.assessment.api.event.ExchangeRateSetEvent;
import org.outsourcingdesk.assessment.api.event.RateCardRevisedEvent;
import org.outsourcingdesk.assessment.api.model.Conversion;
import org.outsourcingdesk.assessment.api.model.RateCardContent;
import org.outsourcingdesk.assessment.api.model.RateCardVersion;
import org.outsourcingdesk.assessment.api.query.ExchangeRateView;
import org.outsourcingdesk.assessment.api.query.FindConversionQuery;
import org.outsourcingdesk.assessment.api.query.FindExchangeRatesQuery;
import org.outsourcingdesk.assessment.api.query.FindRateCardQuery;
import org.outsourcingdesk.assessment.api.query.FindRateCardVersionsQuery;
import org.outsourcingdesk.platform.serialization.DeskObjectMapper;

/**
 * The rate card versions and exchange rates, as the assessment reads them. Replay-safe: a version
 * or a rate is written by its key, so the same event twice leaves one row.
 */
@Dependent
@ProcessingGroup(ReferenceDataProjection.PROCESSING_GROUP)
public class ReferenceDataProjection {

    public static final String PROCESSING_GROUP = "assessment-reference-data";
    private static final ObjectMapper JSON = DeskObjectMapper.create();

    private final EntityManagerProvider entityManagers;

    @Inject
    public ReferenceDataProjection(EntityManagerProvider entityManagers) {
        this.entityManagers = entityManagers;
    }

    @EventHandler
    void on(RateCardRevisedEvent event, @Timestamp Instant at) {
        var em = entityManagers.getEntityManager();
        if (em.find(RateCardEntity.class, event.version()) == null) {
            try {
                em.persist(new RateCardEntity(event.version(), JSON.writeValueAsString(event.content()), event.note(),
                        event.revisedBy(), at.atOffset(ZoneOffset.UTC)));
            } catch (JsonProcessingException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @EventHandler
    void on(ExchangeRateSetEvent event, @Timestamp Instant at) {
        var em = entityManagers.getEntityManager();
        var rate = em.find(ExchangeRateEntity.class, new ExchangeRateEntity.Key(event.currency(), event.asOf()));
        if (rate == null) {
            rate = new ExchangeRateEntity(event.currency(), event.asOf());
            rate.set(event.unitsPerUsd(), event.setBy(), at.atOffset(ZoneOffset.UTC));
            em.persist(rate);
        } else {
            rate.set(event.unitsPerUsd(), event.setBy(), at.atOffset(ZoneOffset.UTC));
        }
    }

    @ResetHandler
    void reset() {
        var em = entityManagers.getEntityManager();
        em.createQuery("delete from RateCardEntity").executeUpdate();
        em.createQuery("delete from ExchangeRateEntity").executeUpdate();
    }

    @QueryHandler
    public Optional<RateCardVersion> handle(FindRateCardQuery query) {
        var em = entityManagers.getEntityManager();
        if (query.version() != null) {
            return Optional.ofNullable(em.find(RateCardEntity.class, query.version())).map(ReferenceDataProjection::toVersion);
        }
        return em.createQuery("select r from RateCardEntity r order by r.version desc", RateCardEntity.class)
                .setMaxResults(1).getResultStream().findFirst().map(ReferenceDataProjection::toVersion);
    }

    @QueryHandler
    public List<RateCardVersion> handle(FindRateCardVersionsQuery query) {
        return entityManagers.getEntityManager()
                .createQuery("select r from RateCardEntity r order by r.version desc", RateCardEntity.class)
                .getResultStream().map(ReferenceDataProjection::toVersion).toList();
    }

    @QueryHandler
    public List<ExchangeRateView> handle(FindExchangeRatesQuery query) {
        return entityManagers.getEntityManager()
                .createQuery("select r from ExchangeRateEntity r order by r.currency, r.asOf desc", ExchangeRateEntity.class)
                .getResultStream().map(ExchangeRateEntity::toView).toList();
    }

    @QueryHandler
    public Optional<Conversion> handle(FindConversionQuery query) {
        if (RateCardContent.CURRENCY.equals(query.currency())) {
            return Optional.of(Conversion.none());
        }
        return entityManagers.getEntityManager()
                .createQuery("select r from ExchangeRateEntity r where r.currency = :currency and r.asOf <= :on"
                        + " order by r.asOf desc", ExchangeRateEntity.class)
                .setParameter("currency", query.currency()).setParameter("on", query.on())
                .setMaxResults(1).getResultStream().findFirst()
                .map(r -> new Conversion(r.currency(), r.unitsPerUsd().stripTrailingZeros(), r.asOf()));
    }

    private static RateCardVersion toVersion(RateCardEntity entity) {
        try {
            return new RateCardVersion(entity.version(), JSON.readValue(entity.content(), RateCardContent.class),
                    entity.revisedBy(), entity.revisedAt().toInstant(), entity.note());
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

}
