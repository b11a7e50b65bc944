package org.outsourcingdesk.platform.web;

import java.util.List;

/**
 * An error as RFC 9457 {@code application/problem+json}: what went wrong, for people, and which
 * fields broke which rule, for forms and scripts. Never a stack trace.
 */
public record Problem(String type, String title, int status, String detail, String instance,
                      List<FieldViolation> violations) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public Problem {
        violations = violations == null ? List.of() : List.copyOf(violations);
    }

    public static Problem of(int status, String title, String detail) {
        return new Problem("about:blank", title, status, detail, null, List.of());
    }

    /** One input that broke one rule. */
    public record FieldViolation(String field, String rule, String message) {
    }
}
