package org.outsourcingdesk.contracting.api.model;

import java.math.BigDecimal;
import org.outsourcingdesk.assessment.api.model.Channel;

/**
 * An amended rate of one price line (its channel and region): each value given replaces the quoted
 * one; a value left out stays as it is.
 */
public record RateChange(Channel channel, String region, BigDecimal ratePerMinute, BigDecimal ratePerHour, BigDecimal monthlyFee,
                         BigDecimal overagePerContact) {
}
