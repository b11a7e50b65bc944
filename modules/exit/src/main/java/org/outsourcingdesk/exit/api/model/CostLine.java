package org.outsourcingdesk.exit.api.model;

import java.math.BigDecimal;

/** One part of an option's cost over the review's horizon, and how it was reached. */
public record CostLine(String what, BigDecimal amount, String workings) {
}
