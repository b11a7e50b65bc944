package org.outsourcingdesk.exit.application;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.outsourcingdesk.assessment.api.model.Channel;
import org.outsourcingdesk.assessment.api.model.ChannelStaffing;
import org.outsourcingdesk.assessment.api.model.CostBaseline;
import org.outsourcingdesk.assessment.api.query.AssessmentView;
import org.outsourcingdesk.assessment.api.query.ExchangeRateView;
import org.outsourcingdesk.assessment.api.query.FindAssessmentQuery;
import org.outsourcingdesk.assessment.api.query.FindExchangeRatesQuery;
import org.outsourcingdesk.assessment.api.query.FindStaffingAtVolumesQuery;
import org.outsourcingdesk.contracting.api.model.MeasurementPeriod;
import org.outsourcingdesk.contracting.api.query.ContractView;
import org.outsourcingdesk.contracting.api.query.FindContractQuery;
import org.outsourcingdesk.exit.domain.ExitCosts;
import org.outsourcingdesk.kernel.EngagementId;
import org.outsourcingdesk.monitoring.api.query.FindMonitoringQuery;
import org.outsourcingdesk.monitoring.api.query.MonitoringView;

/**
 * The figures an exit's cost comparison rests on, read through the earlier stages' query APIs: the
 * vendor's monthly charge (credits deducted) and the yearly volumes over the latest three monitored
 * periods (the quotes' figures before any period is reported), the in-house headcount those volumes
 * need with the assessment's staffing model, and from the assessment's cost baseline the loaded yearly
 * cost of one agent (wage and payroll burden, a seat, a share of a supervisor), of hiring and training
 * one, and of the service's management, converted into the contract's currency when it differs.
 */
@ApplicationScoped
public class ExitFigures {

    private static final int RECENT = 3;

    @Inject
    QueryGateway queries;

    public ExitCosts.Figures of(EngagementId engagementId, String currency) {
        var workings = new ArrayList<String>();
        var monitoring = queries.query(new FindMonitoringQuery(engagementId), ResponseTypes.optionalInstanceOf(MonitoringView.class)).join()
                .orElse(null);
        var contract = queries.query(new FindContractQuery(engagementId), ResponseTypes.optionalInstanceOf(ContractView.class)).join()
                .orElse(null);
        BigDecimal monthly;
        Map<Channel, Double> volumes = new EnumMap<>(Channel.class);
        if (monitoring != null && !monitoring.periods().isEmpty()) {
            var periods = monitoring.periods();
            var recent = periods.subList(Math.max(0, periods.size() - RECENT), periods.size());
            double perMonth = monitoring.cadence() == MeasurementPeriod.WEEKLY ? 52.0 / 12 : 1;
            double perYear = monitoring.cadence() == MeasurementPeriod.WEEKLY ? 52 : 12;
            BigDecimal charged = recent.stream().map(p -> p.charge().amount().subtract(p.credits())).reduce(BigDecimal.ZERO, BigDecimal::add);
            monthly = charged.multiply(BigDecimal.valueOf(perMonth)).divide(BigDecimal.valueOf(recent.size()), 2, RoundingMode.HALF_UP);
            for (var period : recent) {
                period.report().lines().forEach(l -> volumes.merge(l.channel(), (l.handled() == null ? 0 : l.handled()) * perYear / recent.size(),
                        Double::sum));
            }
            workings.add("The vendor: " + monthly + " a month, the charge less credits over the latest " + recent.size() + " periods.");
        } else {
            monthly = contract == null ? BigDecimal.ZERO : contract.prices().stream().map(p -> p.cost() == null ? BigDecimal.ZERO
                    : p.cost().monthly()).reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2, RoundingMode.HALF_UP);
            if (contract != null) {
                contract.prices().forEach(p -> {
                    if (p.volume() != null && p.volume().annualContacts() != null) {
                        volumes.merge(p.channel(), p.volume().annualContacts().doubleValue(), Double::sum);
                    }
                });
            }
            workings.add("The vendor: " + monthly + " a month as quoted (no period reported yet).");
        }
        List<ChannelStaffing> staffing = volumes.isEmpty() ? List.of() : queries.query(new FindStaffingAtVolumesQuery(engagementId, volumes),
                ResponseTypes.multipleInstancesOf(ChannelStaffing.class)).join();
        BigDecimal headcount = BigDecimal.valueOf(staffing.stream().mapToDouble(ChannelStaffing::fte).sum()).setScale(1, RoundingMode.HALF_UP);
        staffing.forEach(s -> workings.add(s.channel().label() + ": " + Math.round(s.annualVolume()) + " contacts a year need "
                + BigDecimal.valueOf(s.fte()).setScale(1, RoundingMode.HALF_UP) + " FTE in-house (" + s.method() + ")."));
        var assessment = queries.query(new FindAssessmentQuery(engagementId), ResponseTypes.optionalInstanceOf(AssessmentView.class)).join()
                .orElse(null);
        CostBaseline baseline = assessment == null ? null : assessment.baseline();
        if (baseline == null) {
            workings.add("No in-house cost baseline is recorded: in-house costs count as 0.");
            return new ExitCosts.Figures(currency, monthly, headcount, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, workings);
        }
        BigDecimal rate = conversion(baseline.currency(), currency);
        BigDecimal perSeat = sum(baseline.equipmentPerSeat(), baseline.facilitiesPerSeat(), baseline.maintenanceAndItPerSeat(),
                baseline.telephonyAndSoftwarePerSeat());
        BigDecimal wage = baseline.annualWagePerFte().multiply(BigDecimal.valueOf(1 + (baseline.payrollBurdenPercent() == null ? 0
                : baseline.payrollBurdenPercent()) / 100));
        BigDecimal supervision = baseline.supervisorAnnualCost() == null || baseline.agentsPerSupervisor() == null
                || baseline.agentsPerSupervisor() <= 0 ? BigDecimal.ZERO
                : baseline.supervisorAnnualCost().divide(BigDecimal.valueOf(baseline.agentsPerSupervisor()), 2, RoundingMode.HALF_UP);
        BigDecimal loaded = wage.add(perSeat).add(supervision).multiply(rate).setScale(2, RoundingMode.HALF_UP);
        BigDecimal hiring = (baseline.trainingCostPerHire() == null ? BigDecimal.ZERO : baseline.trainingCostPerHire()).multiply(rate)
                .setScale(2, RoundingMode.HALF_UP);
        BigDecimal management = (baseline.managementAnnualCost() == null ? BigDecimal.ZERO : baseline.managementAnnualCost()).multiply(rate)
                .setScale(2, RoundingMode.HALF_UP);
        workings.add("In-house, a year: " + loaded + " an agent (wage with payroll burden, a seat, a share of a supervisor), "
                + hiring + " to hire and train one, " + management + " of management" + (rate.compareTo(BigDecimal.ONE) == 0 ? ""
                : " (from " + baseline.currency() + " at " + rate + ")") + ".");
        return new ExitCosts.Figures(currency, monthly, headcount, loaded, hiring, management, workings);
    }

    /** Units of {@code to} for one unit of {@code from}, through the US dollar rates (1 when the same). */
    private BigDecimal conversion(String from, String to) {
        if (from == null || to == null || from.equals(to)) {
            return BigDecimal.ONE;
        }
        var rates = queries.query(new FindExchangeRatesQuery(), ResponseTypes.multipleInstancesOf(ExchangeRateView.class)).join();
        BigDecimal fromPerUsd = perUsd(rates, from);
        BigDecimal toPerUsd = perUsd(rates, to);
        return toPerUsd.divide(fromPerUsd, 6, RoundingMode.HALF_UP);
    }

    private static BigDecimal perUsd(List<ExchangeRateView> rates, String currency) {
        if ("USD".equals(currency)) {
            return BigDecimal.ONE;
        }
        return rates.stream().filter(r -> r.currency().equals(currency)).map(ExchangeRateView::unitsPerUsd).findFirst()
                .orElseThrow(() -> new org.outsourcingdesk.kernel.BusinessRuleViolation(org.outsourcingdesk.kernel.BusinessRuleViolation.Kind
                        .CONFLICT, "ExchangeRateKnown", null, "No exchange rate for " + currency + " is set: an administrator sets it."));
    }

    private static BigDecimal sum(BigDecimal... amounts) {
        BigDecimal total = BigDecimal.ZERO;
        for (BigDecimal amount : amounts) {
            total = total.add(amount == null ? BigDecimal.ZERO : amount);
        }
        return total;
    }
}
