package org.outsourcingdesk.assessment.api.model;

import java.util.List;

/**
 * What the product recommends, and why: every rule it checked, in order, whether it applied, and
 * what follows from it. The first deciding rule that applies decides; the others only support or
 * qualify the decision.
 *
 * @param domesticOnly offshore regions should not be chosen (customer perception or data residency)
 */
public record Recommendation(DecisionOutcome outcome, boolean domesticOnly, List<RuleResult> rules) {

    /** One explicit rule: its name, what it says, whether it decides, whether it applied here and why. */
    public record RuleResult(String rule, String statement, boolean decides, boolean applies, String because) {
    }
}
