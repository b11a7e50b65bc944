package org.outsourcingdesk.assessment.domain;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import org.outsourcingdesk.assessment.api.model.Channel;
import org.outsourcingdesk.assessment.api.model.ChannelDemand;
import org.outsourcingdesk.assessment.api.model.CostBaseline;
import org.outsourcingdesk.assessment.api.model.DemandProfile;
import org.outsourcingdesk.assessment.api.model.FactorRating;
import org.outsourcingdesk.assessment.api.model.OpeningHours;
import org.outsourcingdesk.assessment.api.model.QualitativeFactors;
import org.outsourcingdesk.assessment.api.model.StaffingAssumptions;
import org.outsourcingdesk.assessment.domain.figures.StaffingModel;
import org.outsourcingdesk.kernel.BusinessRuleViolation;

/**
 * The rules the inputs of an assessment are checked against before they are recorded. Each broken
 * rule is raised with its name and the field at fault ({@code channels.EMAIL.ahtSeconds}), so that
 * the form can put the message beside the input and a script can tell what to fix.
 */
public final class AssessmentRules {

    public static final double MAX_HANDLE_SECONDS = 86_400;
    public static final long MAX_MONTHLY_VOLUME = 100_000_000L;
    public static final int MAX_CONCURRENCY = 10;
    public static final int MAX_LANGUAGES = 30;
    public static final int NOTE_MAX = 2000;
    public static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000");
    /** Below this a typed fraction (0.85 for 85%) is the likelier meaning; no operation runs that idle. */
    public static final double MIN_OCCUPANCY_PERCENT = 10;

    private AssessmentRules() {
    }

    /** A demand profile: at least one channel, each once, every figure in its range. */
    public static void checkDemand(DemandProfile profile) {
        if (profile == null || profile.channels() == null || profile.channels().isEmpty()) {
            throw invalid("DemandProfileNeedsAChannel", "channels", "Describe the demand of at least one channel.");
        }
        var seen = EnumSet.noneOf(Channel.class);
        for (ChannelDemand c : profile.channels()) {
            if (c == null || c.channel() == null) {
                throw invalid("ChannelRequired", "channels", "Every channel entry needs its channel.");
            }
            if (!seen.add(c.channel())) {
                throw invalid("ChannelListedOnce", "channels." + c.channel(),
                        c.channel().label() + " is listed twice; describe each channel once.");
            }
            checkChannel(c);
        }
        checkAssumptions(profile.assumptions());
        checkStaffable(profile);
    }

    private static void checkChannel(ChannelDemand c) {
        String at = "channels." + c.channel() + ".";
        String name = c.channel().label();
        if (c.monthlyVolume() == null) {
            throw invalid("VolumeRequired", at + "monthlyVolume", name + ": give the contacts a month.");
        }
        if (c.monthlyVolume() < 0 || c.monthlyVolume() > MAX_MONTHLY_VOLUME) {
            throw invalid("VolumeOutOfRange", at + "monthlyVolume", name + ": the monthly volume must be between 0 and "
                    + String.format("%,d", MAX_MONTHLY_VOLUME) + ", not " + c.monthlyVolume() + ".");
        }
        if (c.ahtSeconds() == null || !(c.ahtSeconds() > 0) || c.ahtSeconds() > MAX_HANDLE_SECONDS) {
            throw invalid("HandleTimeMustBePositive", at + "ahtSeconds",
                    name + ": the average handle time must be more than 0 and at most a day (86,400 seconds).");
        }
        checkHours(c.openingHours(), at, name);
        if (c.hourlyProfile() != null && !c.hourlyProfile().isEmpty()) {
            checkHourlyProfile(c.hourlyProfile(), c.openingHours(), at, name);
        } else {
            share(c.busiestHourPercent(), at + "busiestHourPercent", name + ": the busiest hour's share", false);
            double hoursPerDay = c.openingHours().hoursPerOpenDay();
            double average = hoursPerDay >= 1 ? 100 / hoursPerDay : 100;
            if (c.busiestHourPercent() + 1e-9 < average) {
                throw invalid("BusiestHourBelowAverage", at + "busiestHourPercent", name
                        + ": the busiest hour must carry at least an average hour's share of the day ("
                        + Math.round(average * 10) / 10.0 + "% over " + Math.round(hoursPerDay * 10) / 10.0 + " open hours).");
            }
        }
        if (c.target() == null) {
            throw invalid("ServiceTargetRequired", at + "target", name + ": give a service target.");
        }
        if (c.channel() != Channel.OUTBOUND_VOICE) {
            Double p = c.target().percent();
            if (p == null || !(p > 0 && p < 100)) {
                throw invalid("ShareOutOfRange", at + "target.percent",
                        name + ": the service target must be a share above 0% and below 100%.");
            }
        }
        if (c.channel().queued() && (c.target().withinSeconds() == null || !(c.target().withinSeconds() >= 0)
                || c.target().withinSeconds() > 3600)) {
            throw invalid("AnswerTimeOutOfRange", at + "target.withinSeconds",
                    name + ": say within how many seconds (0 to 3,600) contacts should be answered.");
        }
        if (c.channel().answeredWithinHours() && c.target().withinHours() != null
                && !(c.target().withinHours() > 0 && c.target().withinHours() <= 168)) {
            throw invalid("ResponseTimeOutOfRange", at + "target.withinHours",
                    name + ": the response time must be more than 0 and at most 168 hours (a week).");
        }
        share(c.expertPercent(), at + "expertPercent", name + ": the share needing expert answers", true);
        share(c.faceToFacePercent(), at + "faceToFacePercent", name + ": the share needing face-to-face contact", true);
        if (c.growthPercentPerYear() == null || !(c.growthPercentPerYear() > -100 && c.growthPercentPerYear() <= 1000)) {
            throw invalid("GrowthOutOfRange", at + "growthPercentPerYear",
                    name + ": growth a year must be above -100% and at most 1,000%.");
        }
        int concurrency = c.concurrency() == null ? 1 : c.concurrency();
        if (concurrency < 0 || concurrency > MAX_CONCURRENCY || (c.channel() != Channel.CHAT && concurrency > 1)) {
            throw invalid("ConcurrencyOutOfRange", at + "concurrency", name
                    + ": only chat agents handle several contacts at once, at most " + MAX_CONCURRENCY + ".");
        }
        checkLanguages(c.languages(), at + "languages", name);
    }

    /**
     * Figures that are each in range can still ask for more agents than one queue can have (a
     * million calls of five hours each): refused here, by the channel, rather than failing every page
     * that computes the staffing.
     */
    private static void checkStaffable(DemandProfile profile) {
        for (ChannelDemand c : profile.channels()) {
            try {
                StaffingModel.staffAt(c.normalized(), profile.assumptions(), c.normalized().forecastMonthlyVolume() * 12);
            } catch (BusinessRuleViolation tooMany) {
                throw invalid("DemandTooLargeToStaff", "channels." + c.channel() + ".monthlyVolume", c.channel().label()
                        + ": these figures need more agents on one queue than the model staffs; check the volume, "
                        + "handle time and maximum occupancy.");
            }
        }
    }

    private static void checkHours(OpeningHours hours, String at, String name) {
        if (hours == null) {
            throw invalid("OpeningHoursRequired", at + "openingHours", name + ": give the opening hours.");
        }
        if (!hours.allDay()) {
            List<Double> days = hours.hoursPerWeekday();
            if (days == null || days.size() != OpeningHours.DAYS) {
                throw invalid("OpeningHoursPerWeekday", at + "openingHours",
                        name + ": give the opening hours of each weekday, Monday to Sunday.");
            }
            for (int d = 0; d < days.size(); d++) {
                Double h = days.get(d);
                if (h == null || !(h >= 0 && h <= 24)) {
                    throw invalid("HoursOutOfRange", at + "openingHours." + d,
                            name + ": the opening hours of a day are between 0 and 24.");
                }
            }
            if (hours.hoursPerWeek() <= 0) {
                throw invalid("OpeningHoursRequired", at + "openingHours",
                        name + ": the channel must be open some hours of the week.");
            }
        }
    }

    private static void checkHourlyProfile(List<Double> profile, OpeningHours hours, String at, String name) {
        if (profile.size() != 24 || profile.stream().anyMatch(p -> p == null || !(p >= 0 && p <= 100))) {
            throw invalid("HourlyProfileShape", at + "hourlyProfile",
                    name + ": an hourly profile gives 24 shares, each between 0% and 100%.");
        }
        double sum = profile.stream().mapToDouble(Double::doubleValue).sum();
        if (Math.abs(sum - 100) > 0.5) {
            throw invalid("HourlyProfileSumsTo100", at + "hourlyProfile",
                    name + ": the hourly shares must add up to 100%, not " + Math.round(sum * 10) / 10.0 + "%.");
        }
        long busyHours = profile.stream().filter(p -> p > 0).count();
        double longestDay = hours.allDay() ? 24 : hours.hoursPerWeekday().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        if (busyHours > Math.ceil(longestDay - 1e-9)) {
            throw invalid("HourlyProfileOutsideOpeningHours", at + "hourlyProfile", name + ": the profile has contacts in "
                    + busyHours + " hours of the day, but the channel is open at most " + Math.round(longestDay * 10) / 10.0
                    + " hours a day; give 0% for the hours it is closed.");
        }
    }

    private static void checkLanguages(List<String> languages, String field, String name) {
        if (languages == null) {
            return;
        }
        if (languages.size() > MAX_LANGUAGES) {
            throw invalid("TooManyLanguages", field, name + ": at most " + MAX_LANGUAGES + " languages.");
        }
        for (String language : languages) {
            if (language == null || language.isBlank() || language.length() > 50
                    || language.codePoints().anyMatch(Character::isISOControl)) {
                throw invalid("LanguageName", field, name + ": each language is a name of 1 to 50 characters.");
            }
        }
    }

    private static void checkAssumptions(StaffingAssumptions a) {
        if (a == null) {
            throw invalid("StaffingAssumptionsRequired", "assumptions", "Give the occupancy, shrinkage and paid hours.");
        }
        if (a.maxOccupancyPercent() == null || !(a.maxOccupancyPercent() >= MIN_OCCUPANCY_PERCENT
                && a.maxOccupancyPercent() <= 100)) {
            throw invalid("OccupancyOutOfRange", "assumptions.maxOccupancyPercent",
                    "The maximum occupancy is a percentage from " + (int) MIN_OCCUPANCY_PERCENT
                            + "% to 100% (85 means agents busy at most 85% of the time).");
        }
        if (a.shrinkagePercent() == null || !(a.shrinkagePercent() >= 0 && a.shrinkagePercent() < 100)) {
            throw invalid("ShareOutOfRange", "assumptions.shrinkagePercent",
                    "Shrinkage must be at least 0% and below 100%.");
        }
        if (a.paidHoursPerFte() == null || !(a.paidHoursPerFte() >= 1 && a.paidHoursPerFte() <= 8784)) {
            throw invalid("PaidHoursOutOfRange", "assumptions.paidHoursPerFte",
                    "The paid hours of a full-time employee a year must be between 1 and 8,784.");
        }
    }

    /** A cost baseline: amounts not negative, a wage above zero, rates in range, a sensible span of control. */
    public static void checkBaseline(CostBaseline b) {
        if (b == null) {
            throw invalid("CostBaselineRequired", null, "Give the in-house cost baseline.");
        }
        amount(b.annualWagePerFte(), "annualWagePerFte", "The annual wage per FTE", true);
        rate(b.payrollBurdenPercent(), "payrollBurdenPercent", "Payroll burden", 200);
        amount(b.trainingCostPerHire(), "trainingCostPerHire", "The training cost per hire", false);
        rate(b.attritionPercentPerYear(), "attritionPercentPerYear", "Attrition a year", 300);
        amount(b.equipmentPerSeat(), "equipmentPerSeat", "Equipment and supplies per seat", false);
        amount(b.facilitiesPerSeat(), "facilitiesPerSeat", "Rent or facilities per seat", false);
        amount(b.maintenanceAndItPerSeat(), "maintenanceAndItPerSeat", "Maintenance and IT per seat", false);
        amount(b.telephonyAndSoftwarePerSeat(), "telephonyAndSoftwarePerSeat", "Telephony and software per seat", false);
        if (b.agentsPerSupervisor() == null || !(b.agentsPerSupervisor() >= 1 && b.agentsPerSupervisor() <= 1000)) {
            throw invalid("SpanOfControlOutOfRange", "agentsPerSupervisor",
                    "One supervisor leads between 1 and 1,000 agents.");
        }
        amount(b.supervisorAnnualCost(), "supervisorAnnualCost", "The supervisor's annual cost", false);
        amount(b.managementAnnualCost(), "managementAnnualCost", "The management's annual cost", false);
    }

    /** Qualitative factors: each factor rated at most once, with a rating, notes of sensible length. */
    public static void checkFactors(QualitativeFactors factors) {
        if (factors == null || factors.ratings() == null) {
            throw invalid("FactorsRequired", "ratings", "Rate the qualitative factors.");
        }
        var seen = EnumSet.noneOf(org.outsourcingdesk.assessment.api.model.Factor.class);
        for (FactorRating r : factors.ratings()) {
            if (r == null || r.factor() == null) {
                throw invalid("FactorRequired", "ratings", "Every rating names its factor.");
            }
            String at = "ratings." + r.factor() + ".";
            if (!seen.add(r.factor())) {
                throw invalid("FactorRatedOnce", at + "rating", r.factor().label() + " is rated twice.");
            }
            if (r.rating() == null) {
                throw invalid("RatingRequired", at + "rating", r.factor().label() + ": choose low, medium or high.");
            }
            if (r.note() != null && (r.note().length() > NOTE_MAX || hasControlCharacters(r.note()))) {
                throw invalid("NoteTooLong", at + "note", r.factor().label() + ": a note has at most " + NOTE_MAX
                        + " characters and no control characters other than line breaks.");
            }
        }
    }

    static boolean hasControlCharacters(String text) {
        return text.codePoints().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t');
    }

    private static void share(Double value, String field, String what, boolean zeroAllowed) {
        if (value == null) {
            throw invalid("ShareRequired", field, what + " is required.");
        }
        if (!(value >= 0 && value <= 100) || (!zeroAllowed && value == 0)) {
            throw invalid("ShareOutOfRange", field, what + " must be between " + (zeroAllowed ? "0%" : "above 0%")
                    + " and 100%.");
        }
    }

    private static void rate(Double value, String field, String what, double max) {
        if (value == null) {
            throw invalid("RateRequired", field, what + " is required.");
        }
        if (!(value >= 0 && value <= max)) {
            throw invalid("RateOutOfRange", field, what + " must be between 0% and " + (int) max + "%.");
        }
    }

    private static void amount(BigDecimal value, String field, String what, boolean positive) {
        if (value == null) {
            throw invalid("AmountRequired", field, what + " is required.");
        }
        if (value.signum() < 0 || (positive && value.signum() == 0) || value.compareTo(MAX_AMOUNT) > 0) {
            throw invalid("AmountOutOfRange", field, what + " must be " + (positive ? "more than 0" : "0 or more")
                    + " and at most 1,000,000,000.");
        }
    }

    static BusinessRuleViolation invalid(String rule, String field, String message) {
        return new BusinessRuleViolation(rule, field, message);
    }
}
