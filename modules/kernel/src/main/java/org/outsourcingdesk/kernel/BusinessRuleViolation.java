package org.outsourcingdesk.kernel;

import java.util.Objects;

/**
 * Raised when a command would break a business rule. The rule name is stable (the UI and the API
 * map it to a message and a status), the message is for people, and the field, when there is one,
 * names the input at fault. The kind says what sort of refusal it is, so that the API can answer
 * with the right status.
 */
public class BusinessRuleViolation extends RuntimeException {

    /** What sort of refusal a broken rule is. */
    public enum Kind {
        /** The input itself breaks the rule (HTTP 422). */
        INVALID,
        /** The input is fine, but the thing it acts on is in a state that does not allow it (HTTP 409). */
        CONFLICT,
        /** This person may not do this to this thing, whatever their role allows elsewhere (HTTP 403). */
        FORBIDDEN
    }

    private final String rule;
    private final String field;
    private final Kind kind;

    public BusinessRuleViolation(String rule, String field, String message) {
        this(Kind.INVALID, rule, field, message);
    }

    public BusinessRuleViolation(Kind kind, String rule, String field, String message) {
        super(message);
        this.kind = Objects.requireNonNull(kind, "kind");
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

    public Kind kind() {
        return kind;
    }
}
