package org.outsourcingdesk.assessment.application;

import java.time.Year;

/** Hands out engagement references: {@code ENG-<year>-<number>}, numbers unique and rising. */
public interface EngagementReferences {

    String next(Year year);

    static String format(Year year, long number) {
        return "ENG-%d-%04d".formatted(year.getValue(), number);
    }
}
