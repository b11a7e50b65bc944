package org.outsourcingdesk.monitoring.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import org.outsourcingdesk.contracting.api.model.ServiceLevel;
import org.outsourcingdesk.contracting.api.model.ServiceLevels;
import org.outsourcingdesk.monitoring.api.model.PeriodCharge;
import org.outsourcingdesk.monitoring.api.model.PeriodReport;
import org.outsourcingdesk.monitoring.api.model.SlaResult;

/**
 * A period judged against the SLAs of the contract version in force in it. A metric where higher is
 * better is met at or above its target, the others at or below it. A breach earns its credit in
 * percent of the period's charge; the period's credits together never exceed the cap (percent of the
 * same charge): breaches are credited in the order the contract lists its SLAs until the cap is used up.
 */
public final class SlaEvaluation {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private SlaEvaluation() {
    }

    public static List<SlaResult> judge(ServiceLevels levels, PeriodReport report, PeriodCharge charge) {
        var results = new ArrayList<SlaResult>();
        BigDecimal cap = levels.creditCapPercent() == null ? null : percentOf(levels.creditCapPercent(), charge.amount());
        BigDecimal left = cap;
        for (ServiceLevel level : levels.levels()) {
            BigDecimal measured = report.measure(level.metric()).orElseThrow(() -> new IllegalStateException(
                    "The report does not give " + level.metric() + "; the rules refuse such a report before it is judged"));
            boolean met = level.metric().higherIsBetter() ? measured.compareTo(level.target()) >= 0 : measured.compareTo(level.target()) <= 0;
            if (met) {
                results.add(new SlaResult(level.metric(), level.target(), level.threshold(), measured, true, level.creditPercent(), null, null));
                continue;
            }
            BigDecimal credit = level.creditPercent() == null ? BigDecimal.ZERO.setScale(2) : percentOf(level.creditPercent(), charge.amount());
            BigDecimal credited = left == null ? credit : credit.min(left);
            if (left != null) {
                left = left.subtract(credited);
            }
            results.add(new SlaResult(level.metric(), level.target(), level.threshold(), measured, false, level.creditPercent(), credit, credited));
        }
        return results;
    }

    private static BigDecimal percentOf(BigDecimal percent, BigDecimal amount) {
        return amount.multiply(percent).divide(HUNDRED, 2, RoundingMode.HALF_UP);
    }
}
