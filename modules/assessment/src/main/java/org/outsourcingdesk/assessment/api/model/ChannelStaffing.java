package org.outsourcingdesk.assessment.api.model;

import java.util.List;

/**
 * The staffing one channel needs in the first contract year.
 *
 * @param method                      Erlang C for queues, workload for the rest
 * @param annualVolume                forecast contacts in the year
 * @param peakContactsPerHour         contacts in the busiest hour
 * @param trafficErlangs              workload of the busiest hour in Erlangs
 * @param peakAgents                  agents needed at once in the busiest hour
 * @param serviceLevelPercent         share answered in time at the peak with those agents (queues; else null)
 * @param averageSpeedOfAnswerSeconds average wait at the peak (queues; else null)
 * @param occupancyPercent            share of the peak agents' time spent on contacts
 * @param scheduledAgents             agents to schedule at the peak once shrinkage is allowed for
 * @param agentHoursPerYear           agent hours on the queue in the year (what dedicated providers bill)
 * @param scheduledHoursPerYear       paid hours including shrinkage
 * @param fte                         full-time equivalents
 * @param seats                       workstations: the agents at the peak
 * @param sensitivity                 how agents and FTE move with the service target (queues only)
 */
public record ChannelStaffing(Channel channel, StaffingMethod method, double annualVolume, double peakContactsPerHour,
                              double trafficErlangs, int peakAgents, Double serviceLevelPercent,
                              Double averageSpeedOfAnswerSeconds, double occupancyPercent, int scheduledAgents,
                              double agentHoursPerYear, double scheduledHoursPerYear, double fte, int seats,
                              List<TargetSensitivity> sensitivity) {

    /** What the staffing would be with another service-level target. */
    public record TargetSensitivity(double targetPercent, int peakAgents, double serviceLevelPercent,
                                    double averageSpeedOfAnswerSeconds, double fte) {
    }
}
