package org.outsourcingdesk.assessment.web;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One interval of one queue, for {@code POST /api/v1/calculators/staffing}. */
@Schema(name = "StaffingRequest", description = "Contacts in one interval and the service target")
public record StaffingRequest(
        @Schema(description = "Contacts offered in the interval", example = "100")
        @NotNull @Positive Double contacts,
        @Schema(description = "Length of the interval in minutes", example = "30")
        @NotNull @Positive Double intervalMinutes,
        @Schema(description = "Average handle time in seconds", example = "180")
        @NotNull @Positive Double ahtSeconds,
        @Schema(description = "Share to answer within answerWithinSeconds, between 0 and 1", example = "0.80")
        @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax(value = "1", inclusive = false) Double serviceLevelTarget,
        @Schema(description = "The threshold of the service level, in seconds", example = "20")
        @NotNull @PositiveOrZero Double answerWithinSeconds,
        @Schema(description = "Highest share of time agents may be busy, up to 1; no cap when absent", example = "0.85")
        @DecimalMin(value = "0", inclusive = false) @DecimalMax(value = "1") Double maxOccupancy,
        @Schema(description = "Share of paid time agents are unavailable (breaks, training, absence), below 1; 0 when absent", example = "0.30")
        @PositiveOrZero @DecimalMax(value = "1", inclusive = false) Double shrinkage) {
}
