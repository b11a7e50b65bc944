package org.outsourcingdesk.monitoring.api.model;

import java.math.BigDecimal;

import org.outsourcingdesk.assessment.api.model.Channel;

/**
 * What the vendor measured on one channel in one period. Counts are contacts; times are averages in
 * seconds over the handled contacts; satisfaction and quality are percentages. What a channel does
 * not have (a wait on email, billed minutes on an hourly line) is left out.
 *
 * @param answeredInThreshold   contacts answered within the service-level SLA's T seconds
 * @param repeatContacts        handled contacts that were a second or later contact about the same issue
 * @param answeredInTargetHours emails answered within the email SLA's N hours
 * @param billedMinutes         the minutes a per-minute price bills
 * @param billedHours           the agent hours an hourly price bills
 */
public record KpiLine(Channel channel, Long offered, Long handled, Long abandoned, Long answeredInThreshold,
                      Integer speedOfAnswerSeconds, Integer handleSeconds, Integer holdSeconds, Long repeatContacts,
                      BigDecimal satisfactionPercent, BigDecimal qualityPercent, Long answeredInTargetHours,
                      BigDecimal billedMinutes, BigDecimal billedHours) {
}
