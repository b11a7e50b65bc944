package org.outsourcingdesk.monitoring.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.outsourcingdesk.assessment.api.model.Channel;
import org.outsourcingdesk.assessment.api.model.PricingModel;
import org.outsourcingdesk.contracting.api.model.ContractTerm;
import org.outsourcingdesk.contracting.api.model.ContractVersion;
import org.outsourcingdesk.contracting.api.model.MeasurementPeriod;
import org.outsourcingdesk.contracting.api.model.RenewalMode;
import org.outsourcingdesk.contracting.api.model.ServiceLevel;
import org.outsourcingdesk.contracting.api.model.ServiceLevels;
import org.outsourcingdesk.contracting.api.model.SlaMetric;
import org.outsourcingdesk.contracting.api.model.TerminationTerms;
import org.outsourcingdesk.kernel.EngagementId;
import org.outsourcingdesk.monitoring.api.event.MonitoringStartedEvent;
import org.outsourcingdesk.monitoring.api.query.MonitoringFolds;
import org.outsourcingdesk.monitoring.api.query.MonitoringView;
import org.outsourcingdesk.sourcing.api.model.Quote;
import org.outsourcingdesk.sourcing.api.model.RoundQuote;

/** The period-report CSV: a good file, the example in the docs, and a file with three kinds of bad line, each named by line and column. */
class KpiCsvTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    static final String HEADER = String.join(",", KpiCsv.COLUMNS);

    private static MonitoringView monitoring() {
        var voice = new RoundQuote(Channel.INBOUND_VOICE, "ASIA_PHILIPPINES", 1, new Quote(PricingModel.SHARED_PER_MINUTE, "EUR",
                new BigDecimal("0.80"), null, null, null, null, null, null, null, null, null, 24), null, null, "paula", Instant.EPOCH);
        var email = new RoundQuote(Channel.EMAIL, "ASIA_PHILIPPINES", 1, new Quote(PricingModel.DEDICATED_HOURLY, "EUR", null,
                new BigDecimal("20"), null, null, null, null, null, null, null, null, 24), null, null, "paula", Instant.EPOCH);
        var levels = new ServiceLevels(List.of(new ServiceLevel(SlaMetric.SERVICE_LEVEL, new BigDecimal("80"), 20, MeasurementPeriod.MONTHLY,
                new BigDecimal("5"))), new BigDecimal("6"));
        var term = new ContractTerm(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31), RenewalMode.BY_DECISION, null, 90, 60);
        var version = new ContractVersion(1, term.startsOn(), term, levels, List.of(voice, email), "Signed", "marc", Instant.EPOCH);
        return MonitoringFolds.monitoring(null, new MonitoringStartedEvent(new EngagementId("0f6b1f0e-7c55-4f6e-9a8d-3d3f1c2b4a10"), "m",
                "c", "Bayside", version, new TerminationTerms(List.of(), List.of(), null, null, null, null), MeasurementPeriod.MONTHLY,
                "EUR", null, null, "marc"), Instant.EPOCH);
    }

    @Test
    void aGoodFileBecomesAReportPerPeriodWithItsChannelsAndFeedbackAddedUp() {
        String csv = HEADER + "\n"
                + "2026-01-01,INBOUND_VOICE,10000,9500,500,8500,25,300,30,950,90,91,,40000,,6,1\n"
                + "2026-01-01,EMAIL,,500,,,,400,,40,88,87,450,,100,2,\n"
                + "2026-02-01,inbound_voice,10000,9500,500,7000,25,300,30,950,90,91,,40000,,3,0\n"
                + "2026-02-01,EMAIL,,500,,,,400,,40,88,87,450,,100,,\n";
        var parsed = KpiCsv.parse(csv);
        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.reports()).extracting(r -> r.periodStart().toString()).containsExactly("2026-01-01", "2026-02-01");
        var january = parsed.reports().get(0);
        assertThat(january.lines()).extracting(l -> l.channel()).containsExactly(Channel.INBOUND_VOICE, Channel.EMAIL);
        assertThat(january.feedback().complaints()).isEqualTo(8);
        assertThat(january.feedback().badReviews()).isEqualTo(1);
        assertThat(january.measure(SlaMetric.SERVICE_LEVEL)).contains(new BigDecimal("85.0"));
        assertThat(parsed.lineNumbers().get(LocalDate.of(2026, 2, 1))).containsExactly(4, 5);
        assertThat(KpiCsv.check(parsed, monitoring(), TODAY, false)).isEmpty();
    }

    @Test
    void theExampleInTheDocsImportsCleanly() throws Exception {
        var example = java.nio.file.Files.readString(java.nio.file.Path.of("../../docs/monitoring/kpi-example.csv"));
        var parsed = KpiCsv.parse(example);
        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.reports()).hasSize(6);
        var template = java.nio.file.Files.readString(java.nio.file.Path.of("../../docs/monitoring/kpi-template.csv"));
        assertThat(template).isEqualTo(KpiCsv.template());
    }

    @Test
    void aFileWithThreeKindsOfBadLineIsRefusedWholeWithEachProblemOnItsLineAndColumn() {
        String csv = HEADER + "\n"
                + "2026-01-01,INBOUND_VOICE,10000,9500,500,8500,25,300,30,950,90,91,,40000,,6,1\n"
                + "2026-01-01,EMAIL,,500,,,,400,,40,88,87,450,,100,2,\n"
                + "2026-02-01,INBOUND_VOICE,10000,9800,500,7000,25,300,30,950,90,91,,40000,,3,0\n"   // abandoned + handled > offered
                + "2026-03-01,INBOUND_VOICE,10000,9500,500,7000,25,300,30,950,120,91,,40000,,3,0\n"  // a percentage above 100
                + "2026-04-01,INBOUND_VOICE,ten thousand,9500,500,7000,25,300,30,950,90,91,,40000,,3,0\n" // not a number
                + "2026-12-01,INBOUND_VOICE,10000,9500,500,7000,25,300,30,950,90,91,,40000,,3,0\n";  // in the future
        var parsed = KpiCsv.parse(csv);
        var problems = KpiCsv.check(parsed, monitoring(), TODAY, false);
        assertThat(problems).extracting(KpiCsv.Problem::line, KpiCsv.Problem::column, KpiCsv.Problem::rule).containsExactly(
                org.assertj.core.groups.Tuple.tuple(4, "abandoned", "AbandonedPlusHandledWithinOffered"),
                org.assertj.core.groups.Tuple.tuple(5, "satisfaction_percent", "PercentWithin0To100"),
                org.assertj.core.groups.Tuple.tuple(6, "offered", "WholeNumber"),
                org.assertj.core.groups.Tuple.tuple(7, "period_start", "PeriodNotInFuture"));
    }

    @Test
    void aHeaderWithoutTheRequiredColumnsOrWithUnknownOnesIsRefusedOnLineOne() {
        var parsed = KpiCsv.parse("period,channel,handled,speed\n2026-01-01,EMAIL,5,1\n");
        assertThat(parsed.problems()).extracting(KpiCsv.Problem::line, KpiCsv.Problem::column).contains(
                org.assertj.core.groups.Tuple.tuple(1, "period_start"), org.assertj.core.groups.Tuple.tuple(1, "period"),
                org.assertj.core.groups.Tuple.tuple(1, "speed"));
        assertThat(KpiCsv.parse("").problems()).extracting(KpiCsv.Problem::rule).containsExactly("CsvHasHeaderAndPeriods");
    }

    @Test
    void aPeriodReportedAlreadyNeedsAReasonForItsAmendment() {
        String csv = HEADER + "\n2026-01-01,INBOUND_VOICE,10000,9500,500,8500,25,300,30,950,90,91,,40000,,6,1\n"
                + "2026-01-01,EMAIL,,500,,,,400,,40,88,87,450,,100,2,\n";
        var view = monitoring();
        var parsed = KpiCsv.parse(csv);
        var reported = MonitoringFolds.monitoring(view, new org.outsourcingdesk.monitoring.api.event.PeriodReportedEvent(
                new EngagementId(view.engagementId()), "m", parsed.reports().get(0), LocalDate.of(2026, 1, 31), 1,
                new org.outsourcingdesk.monitoring.api.model.PeriodCharge("EUR", BigDecimal.TEN, BigDecimal.TEN, BigDecimal.ZERO, false, List.of()),
                org.outsourcingdesk.monitoring.api.model.ReportSource.CSV, "paula"), Instant.EPOCH);
        assertThat(KpiCsv.check(parsed, reported, TODAY, false)).extracting(KpiCsv.Problem::rule).containsExactly("AmendmentReasonRequired");
        assertThat(KpiCsv.check(parsed, reported, TODAY, true)).isEmpty();
    }
}
