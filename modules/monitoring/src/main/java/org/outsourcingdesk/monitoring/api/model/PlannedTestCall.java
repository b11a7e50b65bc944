package org.outsourcingdesk.monitoring.api.model;

import java.time.LocalDate;

import org.outsourcingdesk.assessment.api.model.Channel;

/** A mystery-shopper contact planned for a day, on a channel, with a scenario. */
public record PlannedTestCall(LocalDate dueOn, Channel channel, String scenario) {
}
