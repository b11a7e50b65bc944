package org.outsourcingdesk.assessment.domain;

import static org.outsourcingdesk.kernel.BusinessRuleViolation.Kind.CONFLICT;

import java.util.EnumSet;
import org.outsourcingdesk.assessment.api.command.ProposeAssessmentDecisionCommand;
import org.outsourcingdesk.assessment.api.model.Channel;
import org.outsourcingdesk.assessment.api.model.ChannelDemand;
import org.outsourcingdesk.assessment.api.model.CostBaseline;
import org.outsourcingdesk.assessment.api.model.DemandProfile;
import org.outsourcingdesk.assessment.api.model.PricingModel;
import org.outsourcingdesk.kernel.BusinessRuleViolation;

/** The rules a decision is proposed, approved, rejected and reopened under. */
public final class DecisionRules {

    /** "At least a sentence": this many characters and words. */
    public static final int RATIONALE_MIN_CHARACTERS = 20;
    public static final int RATIONALE_MIN_WORDS = 4;
    public static final int TEXT_MAX = 5000;

    private DecisionRules() {
    }

    static void checkProposal(ProposeAssessmentDecisionCommand command, DemandProfile demand, CostBaseline baseline,
                              String currency) {
        if (demand == null) {
            throw new BusinessRuleViolation(CONFLICT, "DecisionNeedsDemandProfile", null,
                    "Record the demand profile before proposing a decision.");
        }
        if (baseline == null) {
            throw new BusinessRuleViolation(CONFLICT, "DecisionNeedsCostBaseline", null,
                    "Record the in-house cost baseline before proposing a decision.");
        }
        if (command.outcome() == null) {
            throw AssessmentRules.invalid("OutcomeRequired", "outcome",
                    "Choose the decision: outsource, keep in-house, hybrid or remote team.");
        }
        checkRationale(command.rationale());
        if (command.rateCard() == null || command.conversion() == null
                || !currency.equals(command.conversion().currency())) {
            throw AssessmentRules.invalid("ConversionToEngagementCurrency", "conversion",
                    "The figures must be converted to the engagement's currency, " + currency + ".");
        }
        if (command.outcome().sourcesSomething()) {
            checkScope(command, demand);
        }
    }

    private static void checkScope(ProposeAssessmentDecisionCommand command, DemandProfile demand) {
        if (command.channels() == null || command.channels().isEmpty()) {
            throw AssessmentRules.invalid("ChannelsInScopeRequired", "channels",
                    "Choose the channels the decision covers.");
        }
        var inScope = EnumSet.noneOf(Channel.class);
        for (Channel channel : command.channels()) {
            if (channel == null || demand.channel(channel).map(ChannelDemand::monthlyVolume).filter(v -> v > 0).isEmpty()) {
                throw AssessmentRules.invalid("ChannelNotInDemandProfile", "channels",
                        (channel == null ? "A channel" : channel.label()) + " has no contacts in the demand profile.");
            }
            inScope.add(channel);
        }
        boolean providers = command.outcome().usesProviders();
        if (providers && (command.regions() == null || command.regions().isEmpty())) {
            throw AssessmentRules.invalid("RegionsRequired", "regions", "Choose at least one target region.");
        }
        for (String region : command.regions() == null ? java.util.List.<String>of() : command.regions()) {
            if (region == null || command.rateCard().content().region(region).isEmpty()) {
                throw AssessmentRules.invalid("UnknownRegion", "regions",
                        "'" + region + "' is not a region of rate card version " + command.rateCard().version() + ".");
            }
        }
        if (!providers) {
            return;
        }
        if (command.pricingModels() == null || command.pricingModels().isEmpty()) {
            throw AssessmentRules.invalid("PricingModelsRequired", "pricingModels", "Choose at least one pricing model.");
        }
        for (PricingModel model : command.pricingModels()) {
            if (model == null || inScope.stream().noneMatch(model::fits)) {
                throw AssessmentRules.invalid("PricingModelMustFitAChannel", "pricingModels",
                        (model == null ? "A pricing model" : model.label()) + " fits none of the channels in scope.");
            }
        }
    }

    static void checkRationale(String rationale) {
        if (rationale == null || rationale.isBlank()) {
            throw AssessmentRules.invalid("RationaleRequired", "rationale", "Write why this decision is right.");
        }
        String text = rationale.strip();
        if (text.length() < RATIONALE_MIN_CHARACTERS || text.split("\\s+").length < RATIONALE_MIN_WORDS) {
            throw AssessmentRules.invalid("RationaleTooShort", "rationale", "The rationale must be at least a sentence ("
                    + RATIONALE_MIN_WORDS + " words, " + RATIONALE_MIN_CHARACTERS + " characters).");
        }
        checkLength(text, "rationale", "The rationale");
    }

    static void checkComment(String comment, boolean required) {
        if (required && (comment == null || comment.isBlank())) {
            throw AssessmentRules.invalid("RejectionNeedsComment", "comment", "Say why the proposal is rejected.");
        }
        if (comment != null) {
            checkLength(comment, "comment", "The comment");
        }
    }

    static void checkReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw AssessmentRules.invalid("ReopenNeedsReason", "reason", "Say why the decided assessment is reopened.");
        }
        checkLength(reason, "reason", "The reason");
    }

    private static void checkLength(String text, String field, String label) {
        if (text.length() > TEXT_MAX || AssessmentRules.hasControlCharacters(text)) {
            throw AssessmentRules.invalid("TextTooLong", field, label + " has at most " + TEXT_MAX
                    + " characters and no control characters other than line breaks.");
        }
    }
}
