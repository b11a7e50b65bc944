package org.outsourcingdesk.assessment.domain;

import java.util.regex.Pattern;
import org.outsourcingdesk.assessment.api.command.OpenEngagementCommand;
import org.outsourcingdesk.kernel.BusinessRuleViolation;
import org.outsourcingdesk.kernel.CurrencyCode;

/** The rules an engagement is opened under; each broken rule is named so that forms and scripts can tell which. */
public final class EngagementRules {

    public static final int NAME_MAX = 200;
    public static final int BUSINESS_UNIT_MAX = 100;
    public static final Pattern REFERENCE = Pattern.compile("ENG-\\d{4}-\\d{4,}");

    private EngagementRules() {
    }

    static void checkOpening(OpenEngagementCommand command) {
        requireText("EngagementNameRequired", "EngagementNameTooLong", "name", "name", command.name(), NAME_MAX);
        requireText("BusinessUnitRequired", "BusinessUnitTooLong", "businessUnit", "business unit",
                command.businessUnit(), BUSINESS_UNIT_MAX);
        if (!CurrencyCode.isValid(command.currency())) {
            throw new BusinessRuleViolation("CurrencyMustBeIso4217", "currency",
                    "'" + command.currency() + "' is not an ISO 4217 currency code such as USD or EUR.");
        }
        if (command.reference() == null || !REFERENCE.matcher(command.reference()).matches()) {
            throw new BusinessRuleViolation("EngagementReferenceFormat", "reference",
                    "An engagement reference looks like ENG-2026-0001, not '" + command.reference() + "'.");
        }
        if (command.openedBy() == null || command.openedBy().isBlank()) {
            throw new BusinessRuleViolation("OpenedByRequired", "openedBy", "Somebody must open the engagement.");
        }
    }

    private static void requireText(String requiredRule, String lengthRule, String field, String label, String value,
                                    int max) {
        if (value == null || value.isBlank()) {
            throw new BusinessRuleViolation(requiredRule, field, "An engagement needs a " + label + ".");
        }
        if (value.codePoints().anyMatch(Character::isISOControl)) {
            throw new BusinessRuleViolation("NoControlCharacters", field,
                    "The " + label + " may not contain control characters such as line breaks or tabs.");
        }
        if (value.strip().length() > max) {
            throw new BusinessRuleViolation(lengthRule, field,
                    "The " + label + " may have at most " + max + " characters; it has " + value.strip().length() + ".");
        }
    }
}
