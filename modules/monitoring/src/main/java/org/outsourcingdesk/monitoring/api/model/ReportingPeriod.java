package org.outsourcingdesk.monitoring.api.model;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

import org.outsourcingdesk.contracting.api.model.MeasurementPeriod;
import org.outsourcingdesk.contracting.api.model.ServiceLevels;

/**
 * The periods a contract is reported and judged in: weekly (Monday to Sunday) when every SLA is
 * measured weekly, monthly (calendar months) otherwise. A monthly price is a week's share of it in a
 * weekly period (12/52).
 */
public final class ReportingPeriod {

    private static final BigDecimal WEEK_OF_MONTH = BigDecimal.valueOf(12).divide(BigDecimal.valueOf(52), 10, java.math.RoundingMode.HALF_UP);

    private ReportingPeriod() {
    }

    public static MeasurementPeriod of(ServiceLevels levels) {
        boolean weekly = levels != null && !levels.levels().isEmpty()
                && levels.levels().stream().allMatch(l -> l.period() == MeasurementPeriod.WEEKLY);
        return weekly ? MeasurementPeriod.WEEKLY : MeasurementPeriod.MONTHLY;
    }

    public static boolean startsOn(MeasurementPeriod period, LocalDate day) {
        return day != null && day.equals(start(period, day));
    }

    /** The first day of the period a day falls in. */
    public static LocalDate start(MeasurementPeriod period, LocalDate day) {
        return period == MeasurementPeriod.WEEKLY ? day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)) : day.withDayOfMonth(1);
    }

    public static LocalDate end(MeasurementPeriod period, LocalDate start) {
        return period == MeasurementPeriod.WEEKLY ? start.plusDays(6) : start.with(TemporalAdjusters.lastDayOfMonth());
    }

    public static LocalDate next(MeasurementPeriod period, LocalDate start) {
        return end(period, start).plusDays(1);
    }

    /** The share of a monthly amount one period carries. */
    public static BigDecimal monthlyShare(MeasurementPeriod period) {
        return period == MeasurementPeriod.WEEKLY ? WEEK_OF_MONTH : BigDecimal.ONE;
    }
}
