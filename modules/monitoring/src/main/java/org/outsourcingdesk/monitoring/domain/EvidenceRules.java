package org.outsourcingdesk.monitoring.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.outsourcingdesk.assessment.api.model.Channel;
import org.outsourcingdesk.kernel.BusinessRuleViolation;
import org.outsourcingdesk.monitoring.api.model.GovernanceMeeting;
import org.outsourcingdesk.monitoring.api.model.Invoice;
import org.outsourcingdesk.monitoring.api.model.PlannedTestCall;
import org.outsourcingdesk.monitoring.api.model.RecordingReview;
import org.outsourcingdesk.sourcing.api.model.TestCall;

/**
 * The rules of the quality evidence, invoices and governance log that need nothing but what is given
 * (and the contract's channels, start and currency): each refused under its name, with the field.
 * What depends on the monitoring's history (a number or an id used once, a reported period) stays in
 * {@link Monitoring}.
 */
final class EvidenceRules {

    static final int MAX_TEXT = 2000;

    private EvidenceRules() {
    }

    static void plannedCall(PlannedTestCall plan, LocalDate today, List<Channel> contracted) {
        if (plan == null || plan.dueOn() == null) {
            throw new BusinessRuleViolation("TestCallDayRequired", "plan.dueOn", "Give the day the test call is planned for.");
        }
        if (plan.dueOn().isBefore(today)) {
            throw new BusinessRuleViolation("TestCallPlannedAhead", "plan.dueOn", "A test call is planned for today or later; log one already made instead.");
        }
        contractedChannel(plan.channel(), "plan.channel", contracted);
        if (text(plan.scenario()) == null || plan.scenario().length() > MAX_TEXT) {
            throw new BusinessRuleViolation("ScenarioRequired", "plan.scenario", "Describe the scenario the caller plays (at most " + MAX_TEXT + " characters).");
        }
    }

    static void madeCall(TestCall call, LocalDate today, LocalDate contractStart, List<Channel> contracted) {
        if (call == null || call.madeOn() == null) {
            throw new BusinessRuleViolation("TestCallDayRequired", "call.madeOn", "Give the day the test call was made.");
        }
        if (call.madeOn().isAfter(today) || call.madeOn().isBefore(contractStart)) {
            throw new BusinessRuleViolation("TestCallMadeInContract", "call.madeOn", "A test call is logged once made, between the contract's start ("
                    + contractStart + ") and today.");
        }
        contractedChannel(call.channel(), "call.channel", contracted);
        if (text(call.scenario()) == null || call.scenario().length() > MAX_TEXT) {
            throw new BusinessRuleViolation("ScenarioRequired", "call.scenario", "Describe the scenario the caller played.");
        }
        scale(call.clarity(), "call.clarity");
        scale(call.courtesy(), "call.courtesy");
        if (call.waitSeconds() != null && call.waitSeconds() < 0 || call.handleSeconds() != null && call.handleSeconds() < 0) {
            throw new BusinessRuleViolation("SecondsNotNegative", call.waitSeconds() != null && call.waitSeconds() < 0 ? "call.waitSeconds"
                    : "call.handleSeconds", "A time in seconds is not negative.");
        }
    }

    static void recordingReview(RecordingReview review, LocalDate today) {
        if (review == null || review.reviewedOn() == null || review.reviewedOn().isAfter(today)) {
            throw new BusinessRuleViolation("ReviewDayRequired", "review.reviewedOn", "Give the day of the review, today or before.");
        }
        if (review.sampleSize() == null || review.sampleSize() < 1 || review.sampleSize() > 100_000) {
            throw new BusinessRuleViolation("SampleNotEmpty", "review.sampleSize", "Say how many recordings were reviewed (1 or more).");
        }
        if (review.averageScorePercent() == null || review.averageScorePercent().signum() < 0
                || review.averageScorePercent().compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new BusinessRuleViolation("PercentWithin0To100", "review.averageScorePercent", "Give the average score, between 0 and 100 %.");
        }
        if (text(review.findings()) == null || review.findings().length() > MAX_TEXT) {
            throw new BusinessRuleViolation("FindingsRequired", "review.findings", "Say what the review found (at most " + MAX_TEXT + " characters).");
        }
        if (review.feedbackGivenOn() != null && (review.feedbackGivenOn().isBefore(review.reviewedOn())
                || review.feedbackGivenOn().isAfter(today) || text(review.feedback()) == null)) {
            throw new BusinessRuleViolation("FeedbackAfterReview", "review.feedbackGivenOn", "Feedback is given on or after the review, by today, and says what was said.");
        }
    }

    /** The invoice as it is taken: number and currency tidied, the rate kept only for another currency than the contract's. */
    static Invoice invoice(Invoice invoice, String contractCurrency) {
        String number = invoice == null ? null : text(invoice.invoiceNumber());
        if (number == null || number.length() > 100) {
            throw new BusinessRuleViolation("InvoiceNumberRequired", "invoice.invoiceNumber", "Give the invoice's number (at most 100 characters).");
        }
        if (invoice.amount() == null || invoice.amount().signum() < 0) {
            throw new BusinessRuleViolation("InvoiceAmountRequired", "invoice.amount", "Give the invoice's amount (0 or more).");
        }
        for (var billed : java.util.Arrays.asList(invoice.billedMinutes(), invoice.billedHours(),
                invoice.billedContacts() == null ? null : BigDecimal.valueOf(invoice.billedContacts()))) {
            if (billed != null && billed.signum() < 0) {
                throw new BusinessRuleViolation("CountsNotNegative", "invoice", "Billed usage is not negative.");
            }
        }
        String currency = invoice.currency() == null ? null : invoice.currency().strip().toUpperCase(Locale.ROOT);
        if (currency == null || !currency.matches("[A-Z]{3}")) {
            throw new BusinessRuleViolation("CurrencyRequired", "invoice.currency", "Give the invoice's currency (ISO code, such as EUR).");
        }
        boolean converted = !currency.equals(contractCurrency);
        if (converted && (invoice.exchangeRate() == null || invoice.exchangeRate().signum() <= 0)) {
            throw new BusinessRuleViolation("InvoiceCurrencyMatchesContract", "invoice.exchangeRate", "The contract is in " + contractCurrency
                    + "; an invoice in " + currency + " needs the rate that converts 1 " + currency + " into " + contractCurrency + ".");
        }
        return new Invoice(number, invoice.periodStart(), invoice.billedMinutes(), invoice.billedHours(), invoice.billedContacts(),
                invoice.amount(), currency, converted ? invoice.exchangeRate() : null);
    }

    static void meeting(GovernanceMeeting meeting, LocalDate today) {
        if (meeting == null || meeting.type() == null) {
            throw new BusinessRuleViolation("MeetingTypeRequired", "meeting.type", "Say what kind of meeting it was.");
        }
        if (meeting.heldOn() == null || meeting.heldOn().isAfter(today)) {
            throw new BusinessRuleViolation("MeetingNotInFuture", "meeting.heldOn", "Give the day the meeting was held, today or before.");
        }
        if (meeting.attendees().stream().map(EvidenceRules::text).noneMatch(Objects::nonNull)) {
            throw new BusinessRuleViolation("AttendeesRequired", "meeting.attendees", "Name who attended.");
        }
        for (int i = 0; i < meeting.actionItems().size(); i++) {
            var item = meeting.actionItems().get(i);
            if (text(item.description()) == null || text(item.owner()) == null || item.dueOn() == null) {
                throw new BusinessRuleViolation("ActionItemComplete", "meeting.actionItems[" + i + "]", "An action item says what, who owns it and by when.");
            }
            if (item.dueOn().isBefore(meeting.heldOn())) {
                throw new BusinessRuleViolation("ActionItemDueAfterMeeting", "meeting.actionItems[" + i + "].dueOn",
                        "An action item is due on or after the meeting (" + meeting.heldOn() + ").");
            }
        }
    }

    private static void contractedChannel(Channel channel, String field, List<Channel> contracted) {
        if (channel == null || !contracted.contains(channel)) {
            throw new BusinessRuleViolation("ChannelInContract", field, "Choose a channel the contract covers: " + contracted + ".");
        }
    }

    private static void scale(int score, String field) {
        if (score < TestCall.SCALE_MIN || score > TestCall.SCALE_MAX) {
            throw new BusinessRuleViolation("ScoreOnScale", field, "Score from 1 (poor) to 5 (excellent).");
        }
    }

    static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
