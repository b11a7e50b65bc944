package org.outsourcingdesk.monitoring.api.model;

import java.math.BigDecimal;

import org.outsourcingdesk.contracting.api.model.SlaMetric;

/**
 * One SLA judged for one period: the target of the contract version in force, what was measured, and
 * for a breach the credit owed: its percent of the period's fee, the amount that comes to, and the
 * amount credited once the period's cap is applied.
 */
public record SlaResult(SlaMetric metric, BigDecimal target, Integer threshold, BigDecimal measured, boolean met,
                        BigDecimal creditPercent, BigDecimal credit, BigDecimal credited) {

    public boolean capped() {
        return !met && credit != null && credited != null && credited.compareTo(credit) < 0;
    }
}
