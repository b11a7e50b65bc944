package org.outsourcingdesk.assessment.api.model;

import java.math.BigDecimal;

/** The in-house cost of one channel a year, item by item, in the engagement's currency. */
public record ChannelCost(Channel channel, BigDecimal wagesAndBurden, BigDecimal training, BigDecimal equipment,
                          BigDecimal facilities, BigDecimal maintenanceAndIt, BigDecimal telephonyAndSoftware,
                          BigDecimal supervision, BigDecimal management, BigDecimal total, BigDecimal costPerContact) {
}
