package org.outsourcingdesk.assessment.domain.staffing;

import org.outsourcingdesk.kernel.BusinessRuleViolation;

/**
 * The Erlang C queueing model: how many agents a queue of calls or chats needs to answer a given
 * share of contacts within a given time. Contacts arrive at random (Poisson), wait in one queue
 * without abandoning, and are served one at a time.
 * <p>
 * Computed by the Erlang B recursion {@code B(0) = 1, B(n) = A·B(n-1) / (n + A·B(n-1))}, which stays
 * exact and stable for thousands of agents where factorials and powers overflow, and turned into the
 * probability of waiting with {@code C = N·B / (N - A·(1 - B))}.
 */
public final class ErlangC {

    /** No single queue needs more; beyond it the inputs are a typing error, and the search would only burn CPU. */
    public static final int MAX_AGENTS = 200_000;

    private ErlangC() {
    }

    /** Traffic intensity in Erlangs: the number of agents that would be busy all the time. */
    public static double trafficErlangs(double contacts, double intervalSeconds, double handleTimeSeconds) {
        return contacts * handleTimeSeconds / intervalSeconds;
    }

    /** The probability that a contact has to wait, with {@code agents} agents; 1 when agents cannot keep up. */
    public static double probabilityOfWaiting(double traffic, int agents) {
        if (agents <= traffic) {
            return 1.0;
        }
        double erlangB = 1.0;
        for (int n = 1; n <= agents; n++) {
            erlangB = nextErlangB(traffic, n, erlangB);
        }
        return waitingFromErlangB(traffic, agents, erlangB);
    }

    /** The share of contacts answered within {@code answerWithinSeconds}. */
    public static double serviceLevel(double traffic, int agents, double handleTimeSeconds, double answerWithinSeconds) {
        if (agents <= traffic) {
            return 0.0;
        }
        return serviceLevel(traffic, agents, handleTimeSeconds, answerWithinSeconds, probabilityOfWaiting(traffic, agents));
    }

    /** The share answered within the threshold, given the probability of waiting already computed for these agents. */
    static double serviceLevel(double traffic, int agents, double handleTimeSeconds, double answerWithinSeconds,
                               double waiting) {
        return 1 - waiting * Math.exp(-(agents - traffic) * answerWithinSeconds / handleTimeSeconds);
    }

    /** The average wait of all contacts (those answered at once count as zero). */
    public static double averageSpeedOfAnswerSeconds(double traffic, int agents, double handleTimeSeconds) {
        if (agents <= traffic) {
            return Double.POSITIVE_INFINITY;
        }
        return averageSpeedOfAnswerSeconds(traffic, agents, handleTimeSeconds, probabilityOfWaiting(traffic, agents));
    }

    /** The average wait, given the probability of waiting already computed for these agents. */
    static double averageSpeedOfAnswerSeconds(double traffic, int agents, double handleTimeSeconds, double waiting) {
        return waiting * handleTimeSeconds / (agents - traffic);
    }

    /**
     * The fewest agents that answer at least {@code serviceLevelTarget} of contacts within
     * {@code answerWithinSeconds} and keep occupancy at or below {@code maxOccupancy} (1 for no cap).
     * One pass of the recursion: each candidate reuses the previous Erlang B value.
     */
    public static int agentsFor(double traffic, double handleTimeSeconds, double serviceLevelTarget,
                                double answerWithinSeconds, double maxOccupancy) {
        int atLeast = (int) Math.floor(traffic) + 1;
        double forOccupancyExact = Math.ceil(traffic / maxOccupancy - 1e-9);
        if (atLeast > MAX_AGENTS || forOccupancyExact > MAX_AGENTS) {
            throw new BusinessRuleViolation("TooManyAgents", null, "These figures need more than " + MAX_AGENTS
                    + " agents on one queue; check the volume, handle time and maximum occupancy.");
        }
        int forOccupancy = (int) forOccupancyExact;
        double erlangB = 1.0;
        for (int n = 1; n <= MAX_AGENTS; n++) {
            erlangB = nextErlangB(traffic, n, erlangB);
            if (n < atLeast || n < forOccupancy) {
                continue;
            }
            double waiting = waitingFromErlangB(traffic, n, erlangB);
            if (serviceLevel(traffic, n, handleTimeSeconds, answerWithinSeconds, waiting) >= serviceLevelTarget) {
                return n;
            }
        }
        throw new BusinessRuleViolation("TooManyAgents", null, "The service target cannot be met with up to "
                + MAX_AGENTS + " agents on one queue.");
    }

    /** One step of the Erlang B recursion: the blocking probability with {@code n} agents from that with n - 1. */
    private static double nextErlangB(double traffic, int n, double previous) {
        return traffic * previous / (n + traffic * previous);
    }

    /** Erlang C from Erlang B, for more agents than the traffic. */
    private static double waitingFromErlangB(double traffic, int agents, double erlangB) {
        return agents * erlangB / (agents - traffic * (1 - erlangB));
    }
}
