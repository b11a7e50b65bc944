package org.outsourcingdesk.monitoring.api.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * An invoice held against the measured usage at the contracted rates, minus the period's credits, in
 * the contract's currency: what was expected, what was invoiced, the difference (positive when the
 * vendor billed more) and its causes in words, each with its amount.
 */
public record Reconciliation(String currency, BigDecimal measuredCharge, BigDecimal credits, BigDecimal expected,
                             BigDecimal invoiced, BigDecimal difference, List<Cause> causes) {

    public Reconciliation {
        causes = causes == null ? List.of() : List.copyOf(causes);
    }

    /** A reason for part of the difference. */
    public record Cause(String kind, BigDecimal amount, String explanation) {
    }

    public boolean matches() {
        return difference.signum() == 0;
    }
}
