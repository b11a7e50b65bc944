package org.outsourcingdesk.assessment.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.axonframework.common.jpa.EntityManagerProvider;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.outsourcingdesk.assessment.api.event.AssessmentDecisionApprovedEvent;
import org.outsourcingdesk.assessment.api.event.AssessmentDecisionProposedEvent;
import org.outsourcingdesk.assessment.api.event.AssessmentReopenedEvent;
import org.outsourcingdesk.assessment.api.event.CostBaselineRecordedEvent;
import org.outsourcingdesk.assessment.api.event.DemandProfileRecordedEvent;
import org.outsourcingdesk.assessment.api.event.EngagementOpenedEvent;
import org.outsourcingdesk.assessment.api.event.ExchangeRateSetEvent;
import org.outsourcingdesk.assessment.api.event.RateCardRevisedEvent;
import org.outsourcingdesk.assessment.api.model.AssessmentStatus;
import org.outsourcingdesk.assessment.api.model.Channel;
import org.outsourcingdesk.assessment.api.model.Conversion;
import org.outsourcingdesk.assessment.api.model.DecisionOutcome;
import org.outsourcingdesk.assessment.api.model.PricingModel;
import org.outsourcingdesk.assessment.api.query.FindAssessmentQuery;
import org.outsourcingdesk.assessment.api.query.FindConversionQuery;
import org.outsourcingdesk.assessment.api.query.FindEngagementQuery;
import org.outsourcingdesk.assessment.api.query.FindRateCardQuery;
import org.outsourcingdesk.assessment.domain.AssessmentExamples;
import org.outsourcingdesk.assessment.domain.figures.AssessmentCalculator;
import org.outsourcingdesk.assessment.domain.ratecard.StandardRateCard;
import org.outsourcingdesk.kernel.EngagementId;
import org.outsourcingdesk.kernel.Stage;
import org.outsourcingdesk.platform.persistence.DatabaseMigrations;

/**
 * The assessment's projections, called directly against real EclipseLink, the product's migrations
 * and H2: each event shows, the same event twice leaves the same state, and a reset empties them.
 */
class ProjectionsTest {

    private static final EngagementId ID = new EngagementId("3a0c2d6e-1f4b-4c8a-9e2d-7b6a5c4d3e21");
    private static final Instant AT = Instant.parse("2026-11-27T10:00:00Z");

    private EntityManagerFactory factory;
    private EntityManager em;
    private EngagementListProjection engagements;
    private AssessmentWorksheetProjection worksheets;
    private ReferenceDataProjection referenceData;

    @BeforeEach
    void migrate() throws Exception {
        String url = "jdbc:h2:file:" + Files.createTempDirectory("desk-projections").resolve("desk");
        var dataSource = new JdbcDataSource();
        dataSource.setURL(url);
        DatabaseMigrations.migrate(dataSource, getClass().getClassLoader());
        factory = Persistence.createEntityManagerFactory("assessment-test", Map.of(
                "jakarta.persistence.jdbc.url", url, "jakarta.persistence.jdbc.driver", "org.h2.Driver"));
        em = factory.createEntityManager();
        EntityManagerProvider provider = () -> em;
        engagements = new EngagementListProjection(provider);
        worksheets = new AssessmentWorksheetProjection(provider);
        referenceData = new ReferenceDataProjection(provider);
    }

    @AfterEach
    void close() {
        em.close();
        factory.close();
    }

    private void inTransaction(Runnable work) {
        em.getTransaction().begin();
        work.run();
        em.getTransaction().commit();
        em.clear();
    }

    @Test
    void theWorksheetFollowsTheAssessmentAndIgnoresRepeats() {
        var demand = new DemandProfileRecordedEvent(ID, AssessmentExamples.demand(), "paula");
        var baseline = new CostBaselineRecordedEvent(ID, AssessmentExamples.baseline(), "paula");
        var figures = AssessmentCalculator.figures("USD", AssessmentExamples.demand(), AssessmentExamples.baseline(),
                null, AssessmentExamples.rateCard(), Conversion.none());
        var proposed = new AssessmentDecisionProposedEvent(ID, DecisionOutcome.OUTSOURCE, List.of(Channel.EMAIL),
                List.of("US_CA"), List.of(PricingModel.DEDICATED_HOURLY), "Email goes to a domestic provider.", "paula", figures);
        var approved = new AssessmentDecisionApprovedEvent(ID, DecisionOutcome.OUTSOURCE, List.of(Channel.EMAIL),
                List.of("US_CA"), List.of(PricingModel.DEDICATED_HOURLY), "Email goes to a domestic provider.", "paula",
                "marc", null, figures, Stage.SOURCING);

        for (int twice = 0; twice < 2; twice++) {
            inTransaction(() -> worksheets.on(demand, AT));
            inTransaction(() -> worksheets.on(baseline, AT));
        }
        var view = worksheets.handle(new FindAssessmentQuery(ID)).orElseThrow();
        assertThat(view.demand()).isEqualTo(AssessmentExamples.demand());
        assertThat(view.baseline()).isEqualTo(AssessmentExamples.baseline());
        assertThat(view.status()).isEqualTo(AssessmentStatus.IN_PROGRESS);
        assertThat(em.createQuery("select count(w) from WorksheetEntity w", Long.class).getSingleResult()).isEqualTo(1);

        inTransaction(() -> worksheets.on(proposed, AT));
        assertThat(worksheets.handle(new FindAssessmentQuery(ID)).orElseThrow().proposal()).isEqualTo(proposed);
        for (int twice = 0; twice < 2; twice++) {
            inTransaction(() -> worksheets.on(approved, AT));
        }
        var decided = worksheets.handle(new FindAssessmentQuery(ID)).orElseThrow();
        assertThat(decided.status()).isEqualTo(AssessmentStatus.DECIDED);
        assertThat(decided.proposal()).isNull();
        assertThat(decided.decision()).isEqualTo(approved);
        assertThat(decided.decision().figures()).isEqualTo(figures);

        inTransaction(() -> worksheets.reset());
        assertThat(worksheets.handle(new FindAssessmentQuery(ID))).isEmpty();
    }

    @Test
    void theEngagementListFollowsTheStage() {
        var opened = new EngagementOpenedEvent(ID, "ENG-2026-0001", "Tier-1 voice", "Consumer Electronics", "USD", "paula");
        var figures = AssessmentCalculator.figures("USD", AssessmentExamples.demand(), AssessmentExamples.baseline(),
                null, AssessmentExamples.rateCard(), Conversion.none());
        var approved = new AssessmentDecisionApprovedEvent(ID, DecisionOutcome.KEEP_IN_HOUSE, List.of(), List.of(),
                List.of(), "Keeping it is cheaper at these volumes.", "paula", "marc", null, figures, Stage.CLOSED);
        inTransaction(() -> engagements.on(opened, AT));
        inTransaction(() -> engagements.on(opened, AT));
        inTransaction(() -> engagements.on(approved, AT));
        var view = engagements.handle(new FindEngagementQuery(ID)).orElseThrow();
        assertThat(view.stage()).isEqualTo(Stage.CLOSED);
        assertThat(view.status()).isEqualTo("Decided: Keep in-house; approved by marc");
        inTransaction(() -> engagements.on(new AssessmentReopenedEvent(ID, DecisionOutcome.KEEP_IN_HOUSE, Stage.CLOSED,
                "New volumes", "paula"), AT));
        assertThat(engagements.handle(new FindEngagementQuery(ID)).orElseThrow().stage()).isEqualTo(Stage.ASSESSMENT);
    }

    @Test
    void rateCardVersionsAndExchangeRatesAreKeptByKey() {
        var first = new RateCardRevisedEvent("rate-card", 1, StandardRateCard.seed(), "seed", "system");
        inTransaction(() -> referenceData.on(first, AT));
        inTransaction(() -> referenceData.on(first, AT));
        var current = referenceData.handle(FindRateCardQuery.current()).orElseThrow();
        assertThat(current.version()).isEqualTo(1);
        assertThat(current.content()).isEqualTo(StandardRateCard.seed());
        assertThat(current.revisedBy()).isEqualTo("system");

        var today = LocalDate.of(2026, 11, 27);
        inTransaction(() -> referenceData.on(new ExchangeRateSetEvent("exchange-rates", "EUR", new BigDecimal("0.95"),
                today.minusDays(30), "admin"), AT));
        inTransaction(() -> referenceData.on(new ExchangeRateSetEvent("exchange-rates", "EUR", new BigDecimal("0.9"),
                today, "admin"), AT));
        inTransaction(() -> referenceData.on(new ExchangeRateSetEvent("exchange-rates", "EUR", new BigDecimal("0.92"),
                today, "admin"), AT));
        assertThat(referenceData.handle(new FindConversionQuery("EUR", today)).orElseThrow().unitsPerUsd())
                .isEqualByComparingTo("0.92");
        assertThat(referenceData.handle(new FindConversionQuery("EUR", today.minusDays(1))).orElseThrow().unitsPerUsd())
                .as("the rate valid on an earlier day").isEqualByComparingTo("0.95");
        assertThat(referenceData.handle(new FindConversionQuery("GBP", today))).isEmpty();
        assertThat(referenceData.handle(new FindConversionQuery("USD", today)).orElseThrow().identity()).isTrue();
    }
}
