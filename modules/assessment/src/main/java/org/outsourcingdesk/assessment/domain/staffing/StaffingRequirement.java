package org.outsourcingdesk.assessment.domain.staffing;

/**
 * What one interval of one queue asks of staffing, and what the answer achieves.
 *
 * @param trafficErlangs              agents busy all the time at this load
 * @param agents                      agents needed on the queue at once (Erlang C)
 * @param scheduledAgents             agents to schedule once shrinkage (breaks, training, absence) is allowed for
 * @param serviceLevel                share answered within the threshold with {@code agents}
 * @param probabilityOfWaiting        share of contacts that wait at all
 * @param averageSpeedOfAnswerSeconds average wait over all contacts
 * @param occupancy                   share of the agents' time spent handling contacts
 */
public record StaffingRequirement(double trafficErlangs, int agents, int scheduledAgents, double serviceLevel,
                                  double probabilityOfWaiting, double averageSpeedOfAnswerSeconds, double occupancy) {

    /**
     * Staffing for one interval.
     *
     * @param maxOccupancy the highest share of time agents may be busy (1 for no cap)
     * @param shrinkage    the share of paid time agents are not available (0 for none)
     */
    public static StaffingRequirement forInterval(double contacts, double intervalMinutes, double handleTimeSeconds,
                                                  double serviceLevelTarget, double answerWithinSeconds,
                                                  double maxOccupancy, double shrinkage) {
        double traffic = ErlangC.trafficErlangs(contacts, intervalMinutes * 60, handleTimeSeconds);
        int agents = ErlangC.agentsFor(traffic, handleTimeSeconds, serviceLevelTarget, answerWithinSeconds, maxOccupancy);
        int scheduled = (int) Math.ceil(agents / (1 - shrinkage) - 1e-9);
        double waiting = ErlangC.probabilityOfWaiting(traffic, agents);
        return new StaffingRequirement(traffic, agents, scheduled,
                ErlangC.serviceLevel(traffic, agents, handleTimeSeconds, answerWithinSeconds, waiting), waiting,
                ErlangC.averageSpeedOfAnswerSeconds(traffic, agents, handleTimeSeconds, waiting), traffic / agents);
    }
}
