package org.outsourcingdesk.monitoring.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;

import org.axonframework.common.jpa.EntityManagerProvider;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.outsourcingdesk.contracting.api.model.MeasurementPeriod;
import org.outsourcingdesk.contracting.api.model.SlaMetric;
import org.outsourcingdesk.kernel.EngagementId;
import org.outsourcingdesk.monitoring.api.event.MonitoringEvent;
import org.outsourcingdesk.monitoring.api.event.MonitoringStartedEvent;
import org.outsourcingdesk.monitoring.api.event.PeriodReportedEvent;
import org.outsourcingdesk.monitoring.api.event.ReviewTriggeredEvent;
import org.outsourcingdesk.monitoring.api.event.SlaBreachedEvent;
import org.outsourcingdesk.monitoring.api.model.PeriodCharge;
import org.outsourcingdesk.monitoring.api.model.PeriodReport;
import org.outsourcingdesk.monitoring.api.model.ReportSource;
import org.outsourcingdesk.monitoring.api.model.SlaResult;
import org.outsourcingdesk.monitoring.api.model.TriggerKind;
import org.outsourcingdesk.monitoring.api.query.FindMonitoringQuery;
import org.outsourcingdesk.monitoring.api.query.FindOpenTriggersQuery;
import org.outsourcingdesk.monitoring.domain.MonitoringFixtures;
import org.outsourcingdesk.platform.persistence.DatabaseMigrations;

/** The monitoring read model on EclipseLink and H2 with the product's migrations: each event folded once, however often it comes. */
class MonitoringProjectionTest {

    private static final Instant AT = Instant.parse("2026-11-27T10:00:00Z");
    private static final EngagementId ENGAGEMENT = new EngagementId("0f6b1f0e-7c55-4f6e-9a8d-3d3f1c2b4a10");
    private static final LocalDate JANUARY = LocalDate.of(2026, 1, 1);
    private EntityManagerFactory factory;
    private EntityManager em;
    private MonitoringProjection projection;

    @BeforeEach
    void migrate() throws Exception {
        String url = "jdbc:h2:file:" + Files.createTempDirectory("desk-monitoring").resolve("desk");
        var dataSource = new JdbcDataSource();
        dataSource.setURL(url);
        DatabaseMigrations.migrate(dataSource, getClass().getClassLoader());
        factory = Persistence.createEntityManagerFactory("monitoring-test", Map.of(
                "jakarta.persistence.jdbc.url", url, "jakarta.persistence.jdbc.driver", "org.h2.Driver"));
        em = factory.createEntityManager();
        EntityManagerProvider provider = () -> em;
        projection = new MonitoringProjection(provider);
    }

    @AfterEach
    void close() {
        em.close();
        factory.close();
    }

    private void fold(MonitoringEvent event, int second) {
        em.getTransaction().begin();
        projection.on(event, AT.plusSeconds(second));
        em.getTransaction().commit();
        em.clear();
    }

    @Test
    void everyEventTwiceLeavesOnePeriodOneResultOneTriggerAndTheDashboardFindsIt() {
        var started = new MonitoringStartedEvent(ENGAGEMENT, "m-1", "c-1", "Bayside", MonitoringFixtures.V1, MonitoringFixtures.TERMINATION,
                MeasurementPeriod.MONTHLY, "EUR", new BigDecimal("5.00"), null, "marc");
        var reported = new PeriodReportedEvent(ENGAGEMENT, "m-1", new PeriodReport(JANUARY, List.of(), null), LocalDate.of(2026, 1, 31), 1,
                new PeriodCharge("EUR", new BigDecimal("34000.00"), new BigDecimal("34000.00"), BigDecimal.ZERO, false, List.of()),
                ReportSource.CSV, "paula");
        var breached = new SlaBreachedEvent(ENGAGEMENT, "m-1", JANUARY, 1, new SlaResult(SlaMetric.SERVICE_LEVEL, new BigDecimal("80"), 20,
                new BigDecimal("70.0"), false, new BigDecimal("5"), new BigDecimal("1700.00"), new BigDecimal("1700.00")), "EUR");
        var triggered = new ReviewTriggeredEvent(ENGAGEMENT, "m-1", "m-1-trigger-1", TriggerKind.FOR_CAUSE, SlaMetric.SERVICE_LEVEL, JANUARY,
                "Ground for cause met", List.of("2026-01-01: breached"));
        int second = 0;
        for (MonitoringEvent event : List.of(started, reported, breached, triggered)) {
            fold(event, ++second);
            fold(event, ++second);
        }
        var view = projection.handle(new FindMonitoringQuery(ENGAGEMENT)).orElseThrow();
        assertThat(view.periods()).hasSize(1);
        assertThat(view.periods().get(0).results()).hasSize(1);
        assertThat(view.totalCredits()).isEqualByComparingTo("1700.00");
        assertThat(view.openTriggers()).extracting(t -> t.triggerId()).containsExactly("m-1-trigger-1");
        assertThat(projection.handle(new FindOpenTriggersQuery())).extracting(v -> v.monitoringId()).containsExactly("m-1");
        assertThat(projection.handle(new FindMonitoringQuery(new EngagementId("1f6b1f0e-7c55-4f6e-9a8d-3d3f1c2b4a10")))).isEmpty();

        em.getTransaction().begin();
        projection.reset();
        em.getTransaction().commit();
        assertThat(projection.handle(new FindMonitoringQuery(ENGAGEMENT))).isEmpty();
    }
}
