package org.outsourcingdesk.sourcing.api.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.outsourcingdesk.assessment.api.model.Channel;

/**
 * A vendor on a round's shortlist: which version of its registry profile was shortlisted, the request
 * for proposal once sent, and what the round learned of it: its quotes (the latest per channel), the
 * due-diligence checks (the latest per item), the test calls and online-review findings, and each
 * evaluator's latest scores.
 */
public record ShortlistEntry(String vendorId, String vendorName, int vendorVersion, String shortlistedBy,
                             LocalDate rfpSentOn, LocalDate rfpDueOn, boolean dropped, String dropReason,
                             List<RoundQuote> quotes, List<DueDiligenceCheck> dueDiligence, List<LoggedTestCall> testCalls,
                             List<RecordedReview> reviews, List<EvaluatorScores> scores) {

    public ShortlistEntry {
        quotes = quotes == null ? List.of() : List.copyOf(quotes);
        dueDiligence = dueDiligence == null ? List.of() : List.copyOf(dueDiligence);
        testCalls = testCalls == null ? List.of() : List.copyOf(testCalls);
        reviews = reviews == null ? List.of() : List.copyOf(reviews);
        scores = scores == null ? List.of() : List.copyOf(scores);
    }

    /** Newly shortlisted: nothing learned yet. */
    public static ShortlistEntry shortlisted(String vendorId, String vendorName, int vendorVersion, String shortlistedBy) {
        return new ShortlistEntry(vendorId, vendorName, vendorVersion, shortlistedBy, null, null, false, null, null, null, null,
                null, null);
    }

    public ShortlistEntry withRequestForProposal(LocalDate sentOn, LocalDate dueOn) {
        return new ShortlistEntry(vendorId, vendorName, vendorVersion, shortlistedBy, sentOn, dueOn, dropped, dropReason, quotes,
                dueDiligence, testCalls, reviews, scores);
    }

    public ShortlistEntry withDropped(String reason) {
        return new ShortlistEntry(vendorId, vendorName, vendorVersion, shortlistedBy, rfpSentOn, rfpDueOn, true, reason, quotes,
                dueDiligence, testCalls, reviews, scores);
    }

    /** With this quote in place of any earlier one for its channel. */
    public ShortlistEntry withQuote(RoundQuote quote) {
        return new ShortlistEntry(vendorId, vendorName, vendorVersion, shortlistedBy, rfpSentOn, rfpDueOn, dropped, dropReason,
                replaced(quotes, q -> q.channel() == quote.channel(), quote), dueDiligence, testCalls, reviews, scores);
    }

    /** With this check in place of any earlier one of its item. */
    public ShortlistEntry withCheck(DueDiligenceCheck check) {
        return new ShortlistEntry(vendorId, vendorName, vendorVersion, shortlistedBy, rfpSentOn, rfpDueOn, dropped, dropReason,
                quotes, replaced(dueDiligence, c -> c.item() == check.item(), check), testCalls, reviews, scores);
    }

    public ShortlistEntry withTestCall(LoggedTestCall call) {
        return new ShortlistEntry(vendorId, vendorName, vendorVersion, shortlistedBy, rfpSentOn, rfpDueOn, dropped, dropReason,
                quotes, dueDiligence, added(testCalls, call), reviews, scores);
    }

    public ShortlistEntry withReview(RecordedReview review) {
        return new ShortlistEntry(vendorId, vendorName, vendorVersion, shortlistedBy, rfpSentOn, rfpDueOn, dropped, dropReason,
                quotes, dueDiligence, testCalls, added(reviews, review), scores);
    }

    /** With these scores in place of the evaluator's earlier ones. */
    public ShortlistEntry withScores(EvaluatorScores given) {
        return new ShortlistEntry(vendorId, vendorName, vendorVersion, shortlistedBy, rfpSentOn, rfpDueOn, dropped, dropReason,
                quotes, dueDiligence, testCalls, reviews, replaced(scores, s -> s.evaluator().equals(given.evaluator()), given));
    }

    public java.util.Optional<RoundQuote> quote(Channel channel) {
        return quotes.stream().filter(q -> q.channel() == channel).findFirst();
    }

    public java.util.Optional<DueDiligenceCheck> check(DueDiligenceItem item) {
        return dueDiligence.stream().filter(c -> c.item() == item).findFirst();
    }

    private static <T> List<T> replaced(List<T> list, java.util.function.Predicate<T> same, T value) {
        var copy = new ArrayList<T>(list);
        int at = -1;
        for (int i = 0; i < copy.size(); i++) {
            if (same.test(copy.get(i))) {
                at = i;
            }
        }
        if (at < 0) {
            copy.add(value);
        } else {
            copy.set(at, value);
        }
        return copy;
    }

    private static <T> List<T> added(List<T> list, T value) {
        var copy = new ArrayList<T>(list);
        copy.add(value);
        return copy;
    }
}
