package org.outsourcingdesk.assessment.api.event;

import org.axonframework.serialization.Revision;
import org.outsourcingdesk.assessment.api.model.CostBaseline;
import org.outsourcingdesk.kernel.EngagementEvent;
import org.outsourcingdesk.kernel.EngagementId;

/** A fact that an analyst recorded the in-house cost baseline of an engagement: it replaces any earlier one. */
@Revision("1")
public record CostBaselineRecordedEvent(EngagementId engagementId, CostBaseline baseline, String recordedBy)
        implements EngagementEvent {

    @Override
    public String summary() {
        return "Recorded the in-house cost baseline: wage " + baseline.annualWagePerFte().toPlainString()
                + " a year per FTE, " + baseline.payrollBurdenPercent() + "% payroll burden.";
    }
}
