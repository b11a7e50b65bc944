package org.outsourcingdesk.assessment.domain.figures;

import static org.outsourcingdesk.assessment.domain.figures.Amounts.money;
import static org.outsourcingdesk.assessment.domain.figures.Amounts.value;

import java.util.List;
import org.outsourcingdesk.assessment.api.model.ChannelCost;
import org.outsourcingdesk.assessment.api.model.ChannelStaffing;
import org.outsourcingdesk.assessment.api.model.CostBaseline;
import org.outsourcingdesk.assessment.api.model.InHouseCost;

/**
 * The fully loaded cost of running the service in-house for a year: per FTE, wage with payroll
 * burden and the training of the hires that attrition makes necessary; per seat, equipment and
 * supplies, facilities, maintenance and IT, telephony and software; supervision at one supervisor
 * per N agents, charged pro rata; and management, shared among the channels by their FTE.
 */
public final class InHouseCostModel {

    private InHouseCostModel() {
    }

    public static InHouseCost cost(String currency, CostBaseline baseline, List<ChannelStaffing> staffing) {
        double totalFte = staffing.stream().mapToDouble(ChannelStaffing::fte).sum();
        var channels = staffing.stream().map(s -> channelCost(baseline, s, managementShare(baseline, s, totalFte,
                staffing.size()))).toList();
        double total = channels.stream().mapToDouble(c -> value(c.total())).sum();
        double contacts = staffing.stream().mapToDouble(ChannelStaffing::annualVolume).sum();
        return new InHouseCost(currency, channels, money(total), contacts == 0 ? null : money(total / contacts),
                totalFte / baseline.agentsPerSupervisor());
    }

    /** The management cost a channel carries: its share of the FTE, or an equal share when nobody is needed. */
    static double managementShare(CostBaseline baseline, ChannelStaffing channel, double totalFte, int channels) {
        double management = value(baseline.managementAnnualCost());
        return totalFte > 0 ? management * channel.fte() / totalFte : management / channels;
    }

    /** One channel's cost, with a given share of management (kept fixed when only the volume changes). */
    public static ChannelCost channelCost(CostBaseline b, ChannelStaffing s, double management) {
        double wages = s.fte() * value(b.annualWagePerFte()) * (1 + b.payrollBurdenPercent() / 100);
        double training = s.fte() * b.attritionPercentPerYear() / 100 * value(b.trainingCostPerHire());
        double equipment = s.seats() * value(b.equipmentPerSeat());
        double facilities = s.seats() * value(b.facilitiesPerSeat());
        double maintenance = s.seats() * value(b.maintenanceAndItPerSeat());
        double telephony = s.seats() * value(b.telephonyAndSoftwarePerSeat());
        double supervision = s.fte() / b.agentsPerSupervisor() * value(b.supervisorAnnualCost());
        double total = wages + training + equipment + facilities + maintenance + telephony + supervision + management;
        return new ChannelCost(s.channel(), money(wages), money(training), money(equipment), money(facilities),
                money(maintenance), money(telephony), money(supervision), money(management), money(total),
                s.annualVolume() == 0 ? null : money(total / s.annualVolume()));
    }
}
