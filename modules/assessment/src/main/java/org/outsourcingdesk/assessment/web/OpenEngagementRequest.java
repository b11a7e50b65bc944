package org.outsourcingdesk.assessment.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.outsourcingdesk.assessment.domain.EngagementRules;
import org.outsourcingdesk.platform.web.rest.CurrencyCodeConstraint;

/** The body of {@code POST /api/v1/engagements}. */
@Schema(name = "OpenEngagementRequest", description = "What it takes to open an engagement")
public record OpenEngagementRequest(
        @Schema(description = "What the engagement is about", example = "Tier-1 phone support for EMEA", maxLength = EngagementRules.NAME_MAX)
        @NotBlank @Size(max = EngagementRules.NAME_MAX) @Pattern(regexp = NO_CONTROL, message = NO_CONTROL_MESSAGE) String name,
        @Schema(description = "The business unit whose customers are served", example = "Consumer Electronics", maxLength = EngagementRules.BUSINESS_UNIT_MAX)
        @NotBlank @Size(max = EngagementRules.BUSINESS_UNIT_MAX) @Pattern(regexp = NO_CONTROL, message = NO_CONTROL_MESSAGE) String businessUnit,
        @Schema(description = "ISO 4217 code of the currency amounts are counted in", example = "USD")
        @NotBlank @CurrencyCodeConstraint String currency) {

    static final String NO_CONTROL = "[^\\p{Cc}]*";
    static final String NO_CONTROL_MESSAGE = "must not contain control characters such as line breaks or tabs";
}
