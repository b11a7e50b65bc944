package org.outsourcingdesk.contracting.api.model;

import java.math.BigDecimal;

/**
 * One SLA: the metric, its target (a percent or seconds, as the metric says; at least or at most, as
 * it says too), the threshold that belongs to it (T seconds, or N hours), the period it is measured
 * over, and the service credit owed for a breach, in percent of that period's fee.
 */
public record ServiceLevel(SlaMetric metric, BigDecimal target, Integer threshold, MeasurementPeriod period,
                           BigDecimal creditPercent) {
}
