package org.outsourcingdesk.contracting.api.model;

import java.math.BigDecimal;
import java.util.List;

/** A contract's SLAs and the cap on the service credits of one period, in percent of its fee. */
public record ServiceLevels(List<ServiceLevel> levels, BigDecimal creditCapPercent) {

    public ServiceLevels {
        levels = levels == null ? List.of() : List.copyOf(levels);
    }

    /**
     * The guide's warning: handle time carries credits while no quality metric does, so the vendor
     * is paid to hurry customers off the line.
     */
    public boolean rewardsSpeedOverService() {
        boolean handleTimeCredited = levels.stream().anyMatch(l -> l.metric() == SlaMetric.HANDLE_TIME && credited(l));
        boolean qualityCredited = levels.stream().anyMatch(l -> l.metric() != null && l.metric().quality() && credited(l));
        return handleTimeCredited && !qualityCredited;
    }

    private static boolean credited(ServiceLevel level) {
        return level.creditPercent() != null && level.creditPercent().signum() > 0;
    }
}
