package org.outsourcingdesk.assessment.domain.ratecard;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.regex.Pattern;
import org.outsourcingdesk.assessment.api.model.Band;
import org.outsourcingdesk.assessment.api.model.RateCardContent;
import org.outsourcingdesk.assessment.api.model.RegionRate;
import org.outsourcingdesk.kernel.BusinessRuleViolation;

/** What a rate card must look like: named regions, each once, with bands from low to high. */
public final class RateCardRules {

    static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,19}");
    static final BigDecimal MAX_PRICE = new BigDecimal("10000");

    private RateCardRules() {
    }

    public static void check(RateCardContent content) {
        if (content == null || content.regions() == null || content.regions().isEmpty()) {
            throw invalid("RateCardNeedsARegion", "regions", "A rate card prices at least one region.");
        }
        var codes = new HashSet<String>();
        for (int i = 0; i < content.regions().size(); i++) {
            RegionRate region = content.regions().get(i);
            String at = "regions." + i + ".";
            if (region == null || region.code() == null || !CODE.matcher(region.code()).matches()) {
                throw invalid("RegionCode", at + "code",
                        "A region code is 2 to 20 capital letters, digits or underscores, such as US_CA.");
            }
            if (!codes.add(region.code())) {
                throw invalid("RegionListedOnce", at + "code", "Region " + region.code() + " is listed twice.");
            }
            if (region.name() == null || region.name().isBlank() || region.name().length() > 80
                    || region.name().codePoints().anyMatch(Character::isISOControl)) {
                throw invalid("RegionName", at + "name", "Region " + region.code() + " needs a name of at most 80 characters.");
            }
            band(region.hourly(), at + "hourly", region.code() + ": the hourly band", true);
            band(region.sharedPerMinute(), at + "sharedPerMinute", region.code() + ": the shared per-minute band", false);
            band(region.outboundHourly(), at + "outboundHourly", region.code() + ": the outbound hourly band", false);
            if (region.note() != null && region.note().length() > 500) {
                throw invalid("RegionNote", at + "note", "A region's note has at most 500 characters.");
            }
        }
        if (content.regions().stream().noneMatch(RegionRate::domestic)) {
            throw invalid("RateCardNeedsADomesticRegion", "regions",
                    "Keep at least one domestic (onshore) region: domestic options are always shown beside offshore ones.");
        }
        band(content.commissionPremiumPercent(), "commissionPremiumPercent", "The commission premium", true);
        if (content.commissionPremiumPercent().high().compareTo(BigDecimal.valueOf(100)) > 0) {
            throw invalid("PriceBand", "commissionPremiumPercent", "The commission premium is at most 100%.");
        }
        if (content.hourlyPlusCommissionRiskPercent() == null
                || !(content.hourlyPlusCommissionRiskPercent() >= 0 && content.hourlyPlusCommissionRiskPercent() <= 100)) {
            throw invalid("ShareOutOfRange", "hourlyPlusCommissionRiskPercent",
                    "The share of pay at risk is between 0% and 100%.");
        }
    }

    static void checkNote(String note) {
        if (note != null && (note.length() > 1000 || note.codePoints().anyMatch(c -> Character.isISOControl(c) && c != '\n'))) {
            throw invalid("RevisionNote", "note", "The note has at most 1,000 characters.");
        }
    }

    private static void band(Band band, String field, String what, boolean required) {
        if (band == null) {
            if (required) {
                throw invalid("PriceBand", field, what + " is required.");
            }
            return;
        }
        if (band.low() == null || band.high() == null || band.low().signum() < 0
                || band.low().compareTo(band.high()) > 0 || band.high().compareTo(MAX_PRICE) > 0) {
            throw invalid("PriceBand", field, what + " runs from a low of 0 or more to a high no lower than it (at most 10,000).");
        }
    }

    private static BusinessRuleViolation invalid(String rule, String field, String message) {
        return new BusinessRuleViolation(rule, field, message);
    }
}
