package org.outsourcingdesk.contracting.api.model;

/**
 * One ground for ending the contract for cause.
 *
 * @param metric          the SLA's metric, for the SLA kinds
 * @param breachedPeriods N consecutive periods, or K of the last M
 * @param ofPeriods       M, for {@link CauseKind#SLA_BREACH_K_OF_M}
 * @param cureDays        the days the vendor has to cure a material breach after notice
 */
public record CauseTrigger(CauseKind kind, SlaMetric metric, Integer breachedPeriods, Integer ofPeriods, Integer cureDays) {

    /** The trigger in words, as the contract summary and the history say it. */
    public String describe() {
        if (kind == null) {
            return "";
        }
        return switch (kind) {
            case SLA_BREACH_CONSECUTIVE -> label(metric) + " breached in " + breachedPeriods + " consecutive periods";
            case SLA_BREACH_K_OF_M -> label(metric) + " breached in " + breachedPeriods + " of " + ofPeriods + " periods";
            case MATERIAL_BREACH -> "A material breach not cured within " + cureDays + " days of notice";
            default -> kind.label();
        };
    }

    private static String label(SlaMetric metric) {
        return metric == null ? "An SLA" : metric.label();
    }
}
