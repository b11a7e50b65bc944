package org.outsourcingdesk.exit.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.outsourcingdesk.contracting.api.model.ContractTerm;
import org.outsourcingdesk.contracting.api.model.TerminationTerms;
import org.outsourcingdesk.exit.api.model.CostComparison;
import org.outsourcingdesk.exit.api.model.CostLine;
import org.outsourcingdesk.exit.api.model.ExitOption;
import org.outsourcingdesk.exit.api.model.OptionCost;
import org.outsourcingdesk.exit.api.model.ReturnPath;
import org.outsourcingdesk.exit.api.model.ReviewInputs;

/**
 * What each option costs over the horizon (from the day of the comparison), with notice served that
 * day:
 * <ul>
 * <li>renewing: the vendor's monthly charge (credits deducted) for every month;</li>
 * <li>renegotiating: the same, less the saving aimed at;</li>
 * <li>ending (for cause, for convenience, letting it expire): the vendor until the earliest end; the
 * termination fee of the month the service ends in (convenience only; never above the contract's cap);
 * the parallel run (the next provider's or the in-house team's cost for the months both run); then,
 * for the rest of the horizon, either in-house (hiring and training the headcount, and its loaded cost
 * and the management's, a month at a time) or a new sourcing round (its cost, then a provider at the
 * vendor's charge).</li>
 * </ul>
 * Each total is set against renewing.
 */
public final class ExitCosts {

    private static final BigDecimal TWELVE = BigDecimal.valueOf(12);

    private ExitCosts() {
    }

    /** The figures a comparison rests on. */
    public record Figures(String currency, BigDecimal monthlyVendorCharge, BigDecimal headcount, BigDecimal loadedCostPerFte,
                          BigDecimal hiringAndTrainingPerHead, BigDecimal managementPerYear, List<String> workings) {
    }

    public static CostComparison compare(ReviewInputs given, Figures figures, ContractTerm term, TerminationTerms termination,
                                         LocalDate asOf) {
        var inputs = normalized(given);
        int horizon = inputs.horizonMonths();
        BigDecimal monthly = figures.monthlyVendorCharge();
        var options = new ArrayList<OptionCost>();
        BigDecimal staying = money(monthly.multiply(BigDecimal.valueOf(horizon)));
        options.add(new OptionCost(ExitOption.RENEW, List.of(new CostLine("The vendor", staying, horizon + " months × " + monthly)),
                staying, BigDecimal.ZERO.setScale(2), null, null));
        BigDecimal keep = BigDecimal.ONE.subtract(inputs.renegotiationSavingPercent().divide(BigDecimal.valueOf(100), 6, RoundingMode.HALF_UP));
        BigDecimal renegotiated = money(staying.multiply(keep));
        options.add(new OptionCost(ExitOption.RENEGOTIATE, List.of(new CostLine("The vendor at renegotiated rates", renegotiated,
                horizon + " months × " + monthly + " less " + inputs.renegotiationSavingPercent().stripTrailingZeros().toPlainString() + " %")),
                renegotiated, renegotiated.subtract(staying), null, "An amendment of the contract carries the new rates."));
        for (ExitOption option : List.of(ExitOption.TERMINATE_FOR_CAUSE, ExitOption.TERMINATE_FOR_CONVENIENCE, ExitOption.LET_EXPIRE)) {
            options.add(ending(option, inputs, figures, term, termination, asOf, staying));
        }
        return new CostComparison(asOf, figures.currency(), inputs, monthly, figures.headcount(), figures.loadedCostPerFte(),
                figures.hiringAndTrainingPerHead(), figures.managementPerYear(), options, figures.workings());
    }

    private static OptionCost ending(ExitOption option, ReviewInputs inputs, Figures figures, ContractTerm term, TerminationTerms termination,
                                     LocalDate asOf, BigDecimal staying) {
        int horizon = inputs.horizonMonths();
        BigDecimal monthly = figures.monthlyVendorCharge();
        LocalDate end = Notices.earliestEnd(option, term, asOf);
        long withVendor = Math.min(horizon, Notices.monthsBetween(asOf, end));
        long after = horizon - withVendor;
        var lines = new ArrayList<CostLine>();
        String note = null;
        lines.add(new CostLine("The vendor until " + end, money(monthly.multiply(BigDecimal.valueOf(withVendor))),
                withVendor + " months × " + monthly));
        if (option == ExitOption.TERMINATE_FOR_CONVENIENCE) {
            int month = Notices.monthOfTerm(term, end);
            BigDecimal scheduled = termination == null ? null : termination.convenienceFeeIn(month).orElse(null);
            BigDecimal cap = termination == null ? null : termination.terminationFeeCap();
            BigDecimal fee = scheduled == null ? BigDecimal.ZERO : cap != null && scheduled.compareTo(cap) > 0 ? cap : scheduled;
            if (scheduled != null && cap != null && scheduled.compareTo(cap) > 0) {
                note = "The fee schedule says " + scheduled + " for month " + month + ", above the contract's cap of " + cap + ": the cap applies.";
            }
            lines.add(new CostLine("Termination fee", money(fee), "Month " + month + " of the term" + (cap == null ? "" : ", cap " + cap)));
        } else if (option == ExitOption.TERMINATE_FOR_CAUSE) {
            note = "Needs a ground for cause of the contract: a monitoring trigger of the review or a documented breach.";
        }
        boolean inHouse = inputs.returnPath() == ReturnPath.IN_HOUSE;
        BigDecimal inHouseMonthly = figures.headcount().multiply(figures.loadedCostPerFte()).add(figures.managementPerYear())
                .divide(TWELVE, 2, RoundingMode.HALF_UP);
        BigDecimal nextMonthly = inHouse ? inHouseMonthly : monthly;
        int parallel = inputs.parallelRunMonths();
        lines.add(new CostLine("Parallel run", money(nextMonthly.multiply(BigDecimal.valueOf(parallel))), parallel + " months × " + nextMonthly
                + (inHouse ? " (the in-house team alongside the vendor)" : " (the next provider alongside the vendor)")));
        if (inHouse) {
            BigDecimal hiring = money(figures.headcount().multiply(figures.hiringAndTrainingPerHead()));
            lines.add(new CostLine("Hiring and training in-house", hiring, figures.headcount() + " FTE × " + figures.hiringAndTrainingPerHead()));
            lines.add(new CostLine("In-house after the end", money(inHouseMonthly.multiply(BigDecimal.valueOf(after))), after + " months × "
                    + inHouseMonthly + " (" + figures.headcount() + " FTE × " + figures.loadedCostPerFte() + " a year, and management "
                    + figures.managementPerYear() + " a year)"));
        } else {
            lines.add(new CostLine("A new sourcing round", money(inputs.sourcingRoundCost()), "As estimated"));
            lines.add(new CostLine("The next provider after the end", money(monthly.multiply(BigDecimal.valueOf(after))), after
                    + " months × " + monthly + " (at the vendor's charge)"));
        }
        BigDecimal total = lines.stream().map(CostLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new OptionCost(option, lines, money(total), money(total.subtract(staying)), end, note);
    }

    static ReviewInputs normalized(ReviewInputs given) {
        return new ReviewInputs(given == null || given.horizonMonths() == null ? 12 : given.horizonMonths(),
                given == null || given.parallelRunMonths() == null ? 1 : given.parallelRunMonths(),
                given == null || given.returnPath() == null ? ReturnPath.IN_HOUSE : given.returnPath(),
                given == null || given.sourcingRoundCost() == null ? BigDecimal.ZERO : given.sourcingRoundCost(),
                given == null || given.renegotiationSavingPercent() == null ? BigDecimal.ZERO : given.renegotiationSavingPercent());
    }

    static BigDecimal money(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }
}
