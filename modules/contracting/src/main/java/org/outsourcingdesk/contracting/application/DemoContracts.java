package org.outsourcingdesk.contracting.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.outsourcingdesk.assessment.api.query.EngagementView;
import org.outsourcingdesk.assessment.api.query.FindEngagementsQuery;
import org.outsourcingdesk.contracting.api.model.Cadence;
import org.outsourcingdesk.contracting.api.model.CauseKind;
import org.outsourcingdesk.contracting.api.model.CauseTrigger;
import org.outsourcingdesk.contracting.api.model.ContractStatus;
import org.outsourcingdesk.contracting.api.model.ContractTerm;
import org.outsourcingdesk.contracting.api.model.ConvenienceFee;
import org.outsourcingdesk.contracting.api.model.DataTerms;
import org.outsourcingdesk.contracting.api.model.EscalationLevel;
import org.outsourcingdesk.contracting.api.model.Governance;
import org.outsourcingdesk.contracting.api.model.MeasurementPeriod;
import org.outsourcingdesk.contracting.api.model.Party;
import org.outsourcingdesk.contracting.api.model.RenewalMode;
import org.outsourcingdesk.contracting.api.model.Responsibility;
import org.outsourcingdesk.contracting.api.model.ServiceLevel;
import org.outsourcingdesk.contracting.api.model.ServiceLevels;
import org.outsourcingdesk.contracting.api.model.SlaMetric;
import org.outsourcingdesk.contracting.api.model.TerminationTerms;
import org.outsourcingdesk.kernel.EngagementId;
import org.outsourcingdesk.kernel.Role;
import org.outsourcingdesk.platform.DemoJourneys;
import org.outsourcingdesk.platform.PlatformStartup.DeskStarted;
import org.outsourcingdesk.platform.messaging.Caller;
import org.outsourcingdesk.platform.messaging.Origin;

/**
 * Demo mode's contracting: the contracts the demo selections drafted are completed by paula (a
 * two-year term that began seven months ago, service level and satisfaction SLAs, governance, data
 * terms, termination terms), passed by lena, approved by marc and signed: active at once.
 */
@ApplicationScoped
public class DemoContracts {

    private static final Logger LOG = Logger.getLogger(DemoContracts.class.getName());
    /** After the demo rounds. */
    static final int PRIORITY = 2300;
    private static final List<String> SIGNED = List.of("Technical support, Asia-Pacific", "Order hotline, United Kingdom");

    @Inject
    DemoJourneys journeys;
    @Inject
    QueryGateway queries;
    @Inject
    ContractWork work;

    void seed(@Observes @Priority(PRIORITY) DeskStarted started) {
        if (!journeys.enabled(started)) {
            return;
        }
        try {
            for (EngagementView engagement : queries.query(new FindEngagementsQuery(), ResponseTypes.multipleInstancesOf(EngagementView.class))
                    .join()) {
                if (SIGNED.contains(engagement.name())) {
                    sign(new EngagementId(engagement.id()), engagement.name());
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Demo contracts stopped", e);
        }
    }

    private void sign(EngagementId id, String name) {
        var draft = DemoJourneys.await("the contract of " + name, () -> work.contract(id)).orElse(null);
        if (draft == null || draft.status() != ContractStatus.DRAFT) {
            return;
        }
        var paula = Origin.startup(new Caller("paula", List.of(Role.PROCUREMENT.name())));
        var lena = Origin.startup(new Caller("lena", List.of(Role.LEGAL.name())));
        var marc = Origin.startup(new Caller("marc", List.of(Role.APPROVER.name())));
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        LocalDate start = today.minusMonths(7).withDayOfMonth(1);
        work.setTerm(id, new ContractTerm(start, start.plusYears(2).minusDays(1), RenewalMode.AUTOMATIC, 12, 90, 60), paula);
        work.setServiceLevels(id, new ServiceLevels(List.of(
                new ServiceLevel(SlaMetric.SERVICE_LEVEL, new BigDecimal("80"), 20, MeasurementPeriod.MONTHLY, new BigDecimal("5")),
                new ServiceLevel(SlaMetric.CUSTOMER_SATISFACTION, new BigDecimal("85"), null, MeasurementPeriod.MONTHLY, new BigDecimal("3"))),
                new BigDecimal("8")), paula);
        work.setGovernance(id, new Governance("Paula Procurement", "Jo Reyes", List.of(new Responsibility("Workforce planning", Party.VENDOR,
                "Forecasts and rosters")), List.of(new EscalationLevel(1, "Team lead", 4), new EscalationLevel(2, "Account manager", 24)),
                Cadence.WEEKLY, true, true, Cadence.MONTHLY), paula);
        work.setDataTerms(id, new DataTerms(100, 90, "QA team and the liaison", "Returned as CSV, then wiped with a certificate", 30), paula);
        work.setTermination(id, new TerminationTerms(List.of(
                new CauseTrigger(CauseKind.SLA_BREACH_CONSECUTIVE, SlaMetric.SERVICE_LEVEL, 2, null, null),
                new CauseTrigger(CauseKind.SLA_BREACH_K_OF_M, SlaMetric.CUSTOMER_SATISFACTION, 3, 4, null),
                new CauseTrigger(CauseKind.DATA_BREACH, null, null, null, null)),
                List.of(new ConvenienceFee(1, new BigDecimal("40000")), new ConvenienceFee(13, new BigDecimal("15000"))),
                new BigDecimal("400000"), new BigDecimal("50000"), 6, "Knowledge transfer, call flows and recordings handed over"), paula);
        work.submit(id, paula);
        work.reviewLegally(id, true, "Fine", lena);
        work.decide(id, true, "Sign it", marc);
        work.recordSignature(id, Party.CLIENT, "Dana Whitfield", today, paula);
        work.recordSignature(id, Party.VENDOR, "Jo Reyes", today, paula);
        LOG.info(() -> "Demo contract signed for " + name);
    }
}
