package org.outsourcingdesk.sourcing.api.model;

import java.time.LocalDate;
import org.outsourcingdesk.assessment.api.model.Channel;

/**
 * A mystery-shopper contact made to a vendor as a customer would: when, on which channel, with which
 * scenario; how long the wait and the handling took, whether the issue was resolved, and the
 * language clarity and courtesy on a scale of 1 (poor) to 5 (excellent).
 */
public record TestCall(LocalDate madeOn, Channel channel, String scenario, Integer waitSeconds, Integer handleSeconds,
                       boolean resolved, int clarity, int courtesy, String notes) {

    public static final int SCALE_MIN = 1;
    public static final int SCALE_MAX = 5;
}
