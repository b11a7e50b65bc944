package org.outsourcingdesk.kernel;

import java.util.Objects;

/**
 * Raised when a command would break a business rule. The rule name is stable (the UI and the API
 * map it to a message and a status), the message is for people, and the field, when there is one,
 * names the input at fault.
 */
public class BusinessRuleViolation extends RuntimeException {

    private final String rule;
    private final String field;

    public BusinessRuleViolation(String rule, String field, String message) {
        super(message);
        this.rule = Objects.requireNonNull(rule, "rule");
        this.field = field;
    }

    public BusinessRuleViolation(String rule, String message) {
        this(rule, null, message);
    }

    public String rule() {
        return rule;
    }

    /** The input at fault, or null when the rule is about the whole command. */
    public String field() {
        return field;
    }
}
