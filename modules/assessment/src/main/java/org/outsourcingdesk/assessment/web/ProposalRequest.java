package org.outsourcingdesk.assessment.web;

import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.outsourcingdesk.assessment.api.model.Channel;
import org.outsourcingdesk.assessment.api.model.DecisionOutcome;
import org.outsourcingdesk.assessment.api.model.PricingModel;

/** A proposed assessment decision, for {@code POST .../assessment/decision/propose}. */
@Schema(name = "ProposalRequest")
public record ProposalRequest(
        @Schema(description = "OUTSOURCE, KEEP_IN_HOUSE, HYBRID or REMOTE_TEAM") @NotNull DecisionOutcome outcome,
        @Schema(description = "Channels in scope (not for KEEP_IN_HOUSE)") List<Channel> channels,
        @Schema(description = "Rate-card region codes, such as US_CA") List<String> regions,
        @Schema(description = "Pricing models that fit the channels") List<PricingModel> pricingModels,
        @Schema(description = "Why; at least a sentence") String rationale) {
}
