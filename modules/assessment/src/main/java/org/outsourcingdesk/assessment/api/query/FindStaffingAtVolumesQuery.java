package org.outsourcingdesk.assessment.api.query;

import java.util.Map;

import org.outsourcingdesk.assessment.api.model.Channel;
import org.outsourcingdesk.kernel.EngagementId;

/**
 * The staffing an engagement's channels would need in-house at other yearly volumes (such as those
 * monitoring measures now), with the assessment's staffing model and its recorded demand profile
 * (hours, handle time, target, assumptions): a {@code List<ChannelStaffing>}, one per channel given
 * that the demand profile has; empty when no demand profile is recorded.
 */
public record FindStaffingAtVolumesQuery(EngagementId engagementId, Map<Channel, Double> annualVolumes) {
}
