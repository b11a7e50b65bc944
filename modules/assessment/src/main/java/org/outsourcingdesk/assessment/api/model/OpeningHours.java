package org.outsourcingdesk.assessment.api.model;

import java.util.List;

/**
 * When a channel is served: around the clock, or so many hours on each weekday.
 *
 * @param allDay          open 24 hours a day, 7 days a week
 * @param hoursPerWeekday Monday to Sunday, 0 to 24 hours each; ignored when {@code allDay}
 */
public record OpeningHours(boolean allDay, List<Double> hoursPerWeekday) {

    public static final int DAYS = 7;

    public static OpeningHours aroundTheClock() {
        return new OpeningHours(true, List.of(24.0, 24.0, 24.0, 24.0, 24.0, 24.0, 24.0));
    }

    /** The same hours Monday to Friday, closed at the weekend. */
    public static OpeningHours weekdays(double hours) {
        return new OpeningHours(false, List.of(hours, hours, hours, hours, hours, 0.0, 0.0));
    }

    public double hoursPerWeek() {
        return allDay ? 168 : hoursPerWeekday.stream().mapToDouble(Double::doubleValue).sum();
    }

    public int openDaysPerWeek() {
        return allDay ? DAYS : (int) hoursPerWeekday.stream().filter(h -> h != null && h > 0).count();
    }

    /** The average hours of a day the channel is open on. */
    public double hoursPerOpenDay() {
        int days = openDaysPerWeek();
        return days == 0 ? 0 : hoursPerWeek() / days;
    }
}
