package org.outsourcingdesk.sourcing.api.query;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.outsourcingdesk.sourcing.api.model.Criterion;
import org.outsourcingdesk.sourcing.api.model.DueDiligenceItem;
import org.outsourcingdesk.sourcing.api.model.DueDiligenceOutcome;
import org.outsourcingdesk.sourcing.api.model.EvaluatorScores;
import org.outsourcingdesk.sourcing.api.model.LoggedTestCall;
import org.outsourcingdesk.sourcing.api.model.RoundQuote;
import org.outsourcingdesk.sourcing.api.model.Sentiment;
import org.outsourcingdesk.sourcing.api.model.ShortlistEntry;

/**
 * The round's vendors side by side, as the round stands: a pure function of the round.
 * <p>
 * A vendor's combined score on a criterion is the mean of its evaluators' latest scores on it; its
 * weighted total is the sum over the current criteria of weight × combined score ÷ 5, so 100 means
 * every evaluator gave 5 on everything (null until every criterion has a score). Its cost is the sum,
 * over the channels it quoted, of the average annual cost of its current quote, in the quote's
 * currency; the saving likewise, where the in-house cost was known.
 *
 * @param rows one per vendor still on the shortlist, in shortlist order
 */
public record RoundComparison(List<Criterion> criteria, int criteriaRevision, List<Row> rows) {

    /**
     * @param combined       criterion code to the mean score (absent when nobody scored it)
     * @param weightedTotal  0 to 100, null until every criterion is scored
     * @param evaluators     who scored, in the order they first did
     * @param currency       the quotes' currency (null without quotes, "mixed" when they differ)
     * @param savingPercent  the saving as a share of the in-house cost of the channels quoted (currency-free, so
     *                       vendors quoting in different currencies compare)
     * @param channelsQuoted how many of the round's channels the vendor quoted
     * @param mandatoryFailed the mandatory due-diligence items it failed
     */
    public record Row(String vendorId, String vendorName, Map<String, Double> combined, Double weightedTotal,
                      List<String> evaluators, String currency, BigDecimal annualCost, BigDecimal saving,
                      Double savingPercent, int channelsQuoted,
                      boolean rateOutsideBand, int passed, int risks, int failed, int unchecked,
                      List<DueDiligenceItem> mandatoryFailed, int testCalls, Double resolvedPercent, Double meanWaitSeconds,
                      Double meanClarity, Double meanCourtesy, int positiveReviews, int mixedReviews, int negativeReviews) {

        public boolean scored() {
            return weightedTotal != null;
        }

        public boolean quoted() {
            return channelsQuoted > 0;
        }
    }

    public static RoundComparison of(SourcingRoundView round) {
        var rows = new ArrayList<Row>();
        for (ShortlistEntry vendor : round.activeShortlist()) {
            rows.add(row(round, vendor));
        }
        return new RoundComparison(round.criteria(), round.criteriaRevision(), List.copyOf(rows));
    }

    public java.util.Optional<Row> row(String vendorId) {
        return rows.stream().filter(r -> r.vendorId().equals(vendorId)).findFirst();
    }

    private static Row row(SourcingRoundView round, ShortlistEntry vendor) {
        var combined = new LinkedHashMap<String, Double>();
        double weighted = 0;
        boolean complete = !round.criteria().isEmpty();
        for (Criterion criterion : round.criteria()) {
            OptionalDouble mean = vendor.scores().stream().flatMap(s -> s.scores().stream())
                    .filter(s -> s.criterionCode().equals(criterion.code())).mapToInt(s -> s.score()).average();
            if (mean.isPresent()) {
                combined.put(criterion.code(), round2(mean.getAsDouble()));
                weighted += criterion.weightPercent() * mean.getAsDouble() / 5.0;
            } else {
                complete = false;
            }
        }
        var quotes = vendor.quotes().stream().filter(q -> round.channels().contains(q.channel())).toList();
        var currencies = quotes.stream().map(q -> q.cost().currency()).distinct().toList();
        String currency = currencies.isEmpty() ? null : currencies.size() == 1 ? currencies.get(0) : "mixed";
        BigDecimal cost = currencies.size() == 1 ? quotes.stream().map(q -> q.cost().averageAnnual())
                .reduce(BigDecimal.ZERO, BigDecimal::add) : null;
        BigDecimal saving = currencies.size() == 1 && quotes.stream().allMatch(q -> q.cost().saving() != null)
                ? quotes.stream().map(q -> q.cost().saving()).reduce(BigDecimal.ZERO, BigDecimal::add) : null;
        Double savingPercent = saving == null || cost == null || cost.add(saving).signum() <= 0 ? null
                : round2(saving.doubleValue() * 100.0 / cost.add(saving).doubleValue());
        boolean outside = quotes.stream().map(RoundQuote::cost).anyMatch(c -> c.band() != null && c.band().outside());
        int passed = count(vendor, DueDiligenceOutcome.PASSED);
        int risks = count(vendor, DueDiligenceOutcome.RISK);
        int failed = count(vendor, DueDiligenceOutcome.FAILED);
        var mandatoryFailed = round.mandatoryDueDiligence().stream().filter(item -> vendor.check(item)
                .map(c -> c.outcome() == DueDiligenceOutcome.FAILED).orElse(false)).toList();
        List<LoggedTestCall> calls = vendor.testCalls();
        return new Row(vendor.vendorId(), vendor.vendorName(), combined, complete ? round2(weighted) : null,
                vendor.scores().stream().map(EvaluatorScores::evaluator).toList(), currency, cost, saving, savingPercent, quotes.size(),
                outside,
                passed, risks, failed, DueDiligenceItem.values().length - passed - risks - failed, mandatoryFailed, calls.size(),
                calls.isEmpty() ? null : round2(100.0 * calls.stream().filter(c -> c.call().resolved()).count() / calls.size()),
                mean(calls.stream().filter(c -> c.call().waitSeconds() != null).mapToInt(c -> c.call().waitSeconds()).average()),
                mean(calls.stream().mapToInt(c -> c.call().clarity()).average()),
                mean(calls.stream().mapToInt(c -> c.call().courtesy()).average()),
                reviews(vendor, Sentiment.POSITIVE), reviews(vendor, Sentiment.MIXED), reviews(vendor, Sentiment.NEGATIVE));
    }

    private static int count(ShortlistEntry vendor, DueDiligenceOutcome outcome) {
        return (int) vendor.dueDiligence().stream().filter(c -> c.outcome() == outcome).count();
    }

    private static int reviews(ShortlistEntry vendor, Sentiment sentiment) {
        return (int) vendor.reviews().stream().filter(r -> r.finding().sentiment() == sentiment).count();
    }

    private static Double mean(OptionalDouble value) {
        return value.isPresent() ? round2(value.getAsDouble()) : null;
    }

    private static double round2(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).doubleValue();
    }
}
