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

    /**
     * A file refused whole: each problem a violation whose field names its line and column ("line 3:
     * channels", or "line 3" when it is about the whole line); {@code nothing} says what was not done.
     */
    public static Problem fileRefused(List<? extends FileProblem> problems, String nothing) {
        var violations = problems.stream().map(p -> new FieldViolation("line " + p.line() + (p.column() == null ? "" : ": " + p.column()),
                p.rule(), p.message())).toList();
        return new Problem("about:blank", "Nothing imported", 422, violations.size() + " problem(s) in the file; " + nothing
                + ". Correct them and import the whole file again.", null, violations);
    }

    /** A problem on a line of an imported file (1 is the header), in a column, under a named rule. */
    public interface FileProblem {
        int line();

        String column();

        String rule();

        String message();
    }

    /** One input that broke one rule. */
    public record FieldViolation(String field, String rule, String message) {
    }
}
