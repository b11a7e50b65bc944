package org.outsourcingdesk.platform.web;

import java.util.Locale;
import java.util.regex.Pattern;
import org.outsourcingdesk.kernel.BusinessRuleViolation;

/** How a page words a broken rule: the field it concerns in plain words, then the rule's message. */
public final class RuleMessages {

    private static final Pattern ROW = Pattern.compile("row (\\d+)");

    private RuleMessages() {
    }

    /**
     * "serviceLevels.levels[0].creditPercent" reads "service levels levels (row 1) credit percent: ...";
     * a leading "profile." is left out; rows count from 1.
     */
    public static String describe(BusinessRuleViolation rule) {
        if (rule.field() == null || rule.field().isBlank()) {
            return rule.getMessage();
        }
        String field = rule.field().replaceFirst("^profile\\.", "").replaceAll("\\[(\\d+)\\]", " (row $1)").replace(".", " ");
        field = ROW.matcher(field).replaceAll(m -> "row " + (Integer.parseInt(m.group(1)) + 1));
        return field.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT) + ": " + rule.getMessage();
    }
}
