package org.outsourcingdesk.exit.api.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Every option's cost over the horizon, as of a day, in the contract's currency, and the figures it
 * rests on: the vendor's monthly charge (credits deducted, from the latest monitored periods), the
 * in-house headcount needed at the monitored volumes (the assessment's staffing model), the loaded
 * yearly cost of one of them and of hiring and training one, from the assessment's cost baseline.
 */
public record CostComparison(LocalDate asOf, String currency, ReviewInputs inputs, BigDecimal monthlyVendorCharge, BigDecimal headcount,
                             BigDecimal loadedCostPerFte, BigDecimal hiringAndTrainingPerHead, BigDecimal managementPerYear,
                             List<OptionCost> options, List<String> workings) {

    public CostComparison {
        options = options == null ? List.of() : List.copyOf(options);
        workings = workings == null ? List.of() : List.copyOf(workings);
    }

    public Optional<OptionCost> of(ExitOption option) {
        return options.stream().filter(o -> o.option() == option).findFirst();
    }
}
