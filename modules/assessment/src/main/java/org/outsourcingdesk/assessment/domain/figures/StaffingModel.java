package org.outsourcingdesk.assessment.domain.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.outsourcingdesk.assessment.api.model.ChannelDemand;
import org.outsourcingdesk.assessment.api.model.ChannelStaffing;
import org.outsourcingdesk.assessment.api.model.ChannelStaffing.TargetSensitivity;
import org.outsourcingdesk.assessment.api.model.ServiceTarget;
import org.outsourcingdesk.assessment.api.model.StaffingAssumptions;
import org.outsourcingdesk.assessment.api.model.StaffingMethod;
import org.outsourcingdesk.assessment.domain.staffing.StaffingRequirement;

/**
 * Turns the demand of one channel into the agents, hours and full-time equivalents it needs in the
 * first contract year.
 * <p>
 * A day of an open day: its contacts are the year's forecast spread evenly over the open days. Within
 * the day, an hourly profile (when given) says how many arrive in each hour; otherwise the busiest
 * hour carries its share and the other open hours share the rest evenly. Queues (voice in, chat) get
 * Erlang C agents hour by hour, under the occupancy cap. Email and social media are staffed by
 * workload at an even rate over the opening hours that answers the target share of the busiest
 * stretch within the response window. Outbound calls are staffed by workload spread over the opening hours. Agent hours on the
 * queue, grossed up by shrinkage, divided by the paid hours of a full-time employee, give the FTE.
 */
public final class StaffingModel {

    /** Service-level targets the sensitivity table shows beside the channel's own. */
    static final List<Double> SENSITIVITY_TARGETS = List.of(70.0, 80.0, 85.0, 90.0, 95.0);

    private StaffingModel() {
    }

    /** The channel's staffing at its forecast volume, with the target sensitivity for queues. */
    public static ChannelStaffing staff(ChannelDemand demand, StaffingAssumptions assumptions) {
        var base = staffAt(demand, assumptions, demand.forecastMonthlyVolume() * 12);
        if (!demand.channel().queued() || base.annualVolume() == 0) {
            return base;
        }
        var targets = new TreeSet<>(SENSITIVITY_TARGETS);
        targets.add(demand.target().percent());
        var sensitivity = new ArrayList<TargetSensitivity>();
        for (double target : targets) {
            var changed = new ChannelDemand(demand.channel(), demand.monthlyVolume(), demand.ahtSeconds(),
                    demand.busiestHourPercent(), demand.hourlyProfile(), demand.openingHours(),
                    new ServiceTarget(target, demand.target().withinSeconds(), demand.target().withinHours()),
                    demand.languages(), demand.expertPercent(), demand.faceToFacePercent(),
                    demand.growthPercentPerYear(), demand.concurrency());
            var staffed = staffAt(changed, assumptions, base.annualVolume());
            sensitivity.add(new TargetSensitivity(target, staffed.peakAgents(), staffed.serviceLevelPercent(),
                    staffed.averageSpeedOfAnswerSeconds(), staffed.fte()));
        }
        return new ChannelStaffing(base.channel(), base.method(), base.annualVolume(), base.peakContactsPerHour(),
                base.trafficErlangs(), base.peakAgents(), base.serviceLevelPercent(),
                base.averageSpeedOfAnswerSeconds(), base.occupancyPercent(), base.scheduledAgents(),
                base.agentHoursPerYear(), base.scheduledHoursPerYear(), base.fte(), base.seats(), sensitivity);
    }

    /** The staffing for a given annual volume, without the sensitivity table (used for break-even searches too). */
    public static ChannelStaffing staffAt(ChannelDemand demand, StaffingAssumptions assumptions, double annualVolume) {
        var hours = demand.openingHours();
        double openDaysPerYear = hours.openDaysPerWeek() * 365.0 / 7.0;
        double hoursPerDay = hours.hoursPerOpenDay();
        double daily = annualVolume / openDaysPerYear;
        double handleSeconds = demand.ahtSeconds() / Math.max(1, demand.concurrency());
        double maxOccupancy = assumptions.maxOccupancyPercent() / 100;
        double shrinkage = assumptions.shrinkagePercent() / 100;

        List<Interval> day = demand.channel().queued() ? queueDay(demand, daily, hoursPerDay)
                : evenDay(demand, daily, hoursPerDay);
        double agentHoursPerDay = 0;
        Interval peak = null;
        StaffingRequirement peakStaffing = null;
        int peakAgents = 0;
        for (Interval interval : day) {
            int agents;
            StaffingRequirement staffing = null;
            if (interval.contactsPerHour() <= 0) {
                agents = 0;
            } else if (demand.channel().queued()) {
                staffing = StaffingRequirement.forInterval(interval.contactsPerHour(), 60, handleSeconds,
                        demand.target().percent() / 100, demand.target().withinSeconds(), maxOccupancy, 0);
                agents = staffing.agents();
            } else {
                agents = (int) Math.ceil(interval.contactsPerHour() * handleSeconds / 3600 / maxOccupancy - 1e-9);
            }
            agentHoursPerDay += agents * interval.hours();
            if (peak == null || interval.contactsPerHour() > peak.contactsPerHour()) {
                peak = interval;
                peakStaffing = staffing;
                peakAgents = agents;
            }
        }
        double peakContacts = peak == null ? 0 : peak.contactsPerHour();
        double traffic = peakContacts * handleSeconds / 3600;
        double agentHoursPerYear = agentHoursPerDay * openDaysPerYear;
        double scheduledHours = agentHoursPerYear / (1 - shrinkage);
        return new ChannelStaffing(demand.channel(), demand.channel().queued() ? StaffingMethod.ERLANG_C : StaffingMethod.WORKLOAD, annualVolume,
                peakContacts, traffic, peakAgents,
                peakStaffing == null ? null : peakStaffing.serviceLevel() * 100,
                peakStaffing == null ? null : peakStaffing.averageSpeedOfAnswerSeconds(),
                peakAgents == 0 ? 0 : traffic / peakAgents * 100,
                (int) Math.ceil(peakAgents / (1 - shrinkage) - 1e-9), agentHoursPerYear, scheduledHours,
                scheduledHours / assumptions.paidHoursPerFte(), peakAgents, List.of());
    }

    /** Contacts hour by hour for a queue: the hourly profile, or the busiest hour and an even rest. */
    private static List<Interval> queueDay(ChannelDemand demand, double daily, double hoursPerDay) {
        var day = new ArrayList<Interval>();
        if (demand.hourlyProfile() != null && !demand.hourlyProfile().isEmpty()) {
            double sum = demand.hourlyProfile().stream().mapToDouble(Double::doubleValue).sum();
            for (double share : demand.hourlyProfile()) {
                day.add(new Interval(daily * share / sum, 1));
            }
            return day;
        }
        double busiest = demand.busiestHourPercent() / 100;
        double peakHours = Math.min(1, hoursPerDay);
        day.add(new Interval(daily * busiest / peakHours, peakHours));
        if (hoursPerDay > 1) {
            day.add(new Interval(daily * (1 - busiest) / (hoursPerDay - 1), hoursPerDay - 1));
        }
        return day;
    }

    /**
     * Contacts an hour for work that can wait: outbound calls evenly over the day; email and social
     * media at the even rate that still answers the target share of the busiest window of the
     * response time within it (the rest within the day), and never below the day's average.
     */
    private static List<Interval> evenDay(ChannelDemand demand, double daily, double hoursPerDay) {
        double rate = daily / hoursPerDay;
        if (demand.channel().answeredWithinHours()) {
            double window = demand.target().withinHours() == null ? ServiceTarget.DEFAULT_RESPONSE_HOURS
                    : demand.target().withinHours();
            double busiest = busiestShare(demand);
            double inTime = demand.target().percent() / 100;
            rate = Math.max(rate, inTime * Math.min(1, busiest * window) * daily / window);
        }
        return List.of(new Interval(rate, hoursPerDay));
    }

    /** The busiest hour's share of the day, from the hourly profile when there is one. */
    static double busiestShare(ChannelDemand demand) {
        if (demand.hourlyProfile() != null && !demand.hourlyProfile().isEmpty()) {
            double sum = demand.hourlyProfile().stream().mapToDouble(Double::doubleValue).sum();
            return demand.hourlyProfile().stream().mapToDouble(Double::doubleValue).max().orElse(0) / sum;
        }
        return demand.busiestHourPercent() / 100;
    }

    /** A stretch of the day with the same contacts an hour. */
    private record Interval(double contactsPerHour, double hours) {
    }
}
