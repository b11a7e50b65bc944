package org.outsourcingdesk.audit.application;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TreeMap;
import org.outsourcingdesk.assessment.api.event.AssessmentDecisionApprovedEvent;
import org.outsourcingdesk.assessment.api.event.AssessmentDecisionProposedEvent;
import org.outsourcingdesk.assessment.api.model.Channel;
import org.outsourcingdesk.assessment.api.model.DecisionOutcome;
import org.outsourcingdesk.assessment.api.model.PricingModel;
import org.outsourcingdesk.audit.application.DossierContent.Block;
import org.outsourcingdesk.audit.application.DossierContent.Event;
import org.outsourcingdesk.audit.application.DossierContent.Style;
import org.outsourcingdesk.audit.application.DossierContent.Table;
import org.outsourcingdesk.audit.application.DossierContent.Text;
import org.outsourcingdesk.contracting.api.event.AmendmentApprovedEvent;
import org.outsourcingdesk.contracting.api.event.AmendmentProposedEvent;
import org.outsourcingdesk.contracting.api.event.ContractActivatedEvent;
import org.outsourcingdesk.contracting.api.event.ContractDraftedEvent;
import org.outsourcingdesk.contracting.api.model.CauseTrigger;
import org.outsourcingdesk.contracting.api.model.ContractTerm;
import org.outsourcingdesk.contracting.api.model.ConvenienceFee;
import org.outsourcingdesk.contracting.api.model.DataTerms;
import org.outsourcingdesk.contracting.api.model.RateChange;
import org.outsourcingdesk.contracting.api.model.ServiceLevel;
import org.outsourcingdesk.contracting.api.model.ServiceLevels;
import org.outsourcingdesk.contracting.api.model.TerminationTerms;
import org.outsourcingdesk.exit.api.event.ExitOptionApprovedEvent;
import org.outsourcingdesk.exit.api.event.ExitOptionProposedEvent;
import org.outsourcingdesk.exit.api.event.ExitPlanStartedEvent;
import org.outsourcingdesk.exit.api.event.FinalSettlementRecordedEvent;
import org.outsourcingdesk.exit.api.event.RelationshipReviewOpenedEvent;
import org.outsourcingdesk.exit.api.model.CostComparison;
import org.outsourcingdesk.exit.api.model.CostLine;
import org.outsourcingdesk.exit.api.model.ExitOption;
import org.outsourcingdesk.exit.api.model.OptionCost;
import org.outsourcingdesk.monitoring.api.event.InvoiceReconciledEvent;
import org.outsourcingdesk.monitoring.api.event.MonitoringStartedEvent;
import org.outsourcingdesk.monitoring.api.event.PeriodReportAmendedEvent;
import org.outsourcingdesk.monitoring.api.event.PeriodReportedEvent;
import org.outsourcingdesk.monitoring.api.event.ReviewTriggeredEvent;
import org.outsourcingdesk.monitoring.api.event.ReviewTriggersClosedEvent;
import org.outsourcingdesk.monitoring.api.event.SlaBreachedEvent;
import org.outsourcingdesk.monitoring.api.event.SlaMetEvent;
import org.outsourcingdesk.platform.serialization.DeskObjectMapper;
import org.outsourcingdesk.sourcing.api.event.SelectionProposedEvent;
import org.outsourcingdesk.sourcing.api.event.SourcingRoundOpenedEvent;
import org.outsourcingdesk.sourcing.api.event.VendorSelectedEvent;
import org.outsourcingdesk.sourcing.api.model.Criterion;
import org.outsourcingdesk.sourcing.api.model.Rejection;
import org.outsourcingdesk.sourcing.api.model.RoundQuote;
import org.outsourcingdesk.sourcing.api.model.Waiver;
import org.outsourcingdesk.sourcing.api.query.RoundComparison;
import org.outsourcingdesk.sourcing.api.query.RoundFolds;
import org.outsourcingdesk.sourcing.api.query.SourcingRoundView;

/**
 * The figures of one stream of an engagement, as the dossier prints them: with each decision the
 * figures it rested on, as its event carries them (the assessment's costs and chosen options, the
 * vendors side by side with their scores and the waivers, the contract's terms of each version, the
 * exit's cost of every option), and for the stage as a whole what happened in it (the round's scope,
 * the prices drafted, monitoring's breaches, credits, triggers and invoices, the settlement). Pure:
 * from the stream's events alone.
 */
final class DossierFigures {

    private static final ObjectMapper JSON = DeskObjectMapper.create();

    private final List<Event> events;
    private RoundComparison printed; // the comparison printed last, so that an approval of the same proposal does not repeat it
    private CostComparison printedCosts;

    DossierFigures(List<Event> events) {
        this.events = List.copyOf(events);
    }

    /** What the stage started from, before its decisions. */
    List<Block> opening() {
        var blocks = new ArrayList<Block>();
        for (Event event : events) {
            switch (event.payload()) {
                case SourcingRoundOpenedEvent opened -> {
                    blocks.add(text("Scope: " + join(opened.channels().stream().map(Channel::label).toList()) + "; regions "
                            + join(opened.regions()) + "; pricing models "
                            + join(opened.pricingModels().stream().map(PricingModel::label).toList()) + "."));
                }
                case ContractDraftedEvent drafted -> {
                    blocks.add(text("Drafted with " + drafted.vendorName() + " from its selected quotes" + (drafted.prices().isEmpty()
                            ? "." : ":")));
                    if (!drafted.prices().isEmpty()) {
                        blocks.add(prices(drafted.prices()));
                    }
                }
                case MonitoringStartedEvent started -> blocks.add(text("Monitored in " + started.cadence().label().toLowerCase()
                        + " periods from " + started.version().term().startsOn() + ", in " + started.currency()
                        + (started.baselineCostPerContact() == null ? "" : "; in-house cost per contact "
                        + amount(started.baselineCostPerContact()) + " " + started.currency())
                        + (started.expectedAnnualSaving() == null ? "" : "; yearly saving the quotes promised "
                        + amount(started.expectedAnnualSaving()) + " " + started.currency()) + "."));
                case ExitPlanStartedEvent plan -> blocks.add(text("Exit plan from the contract's first day; the term ends on "
                        + plan.term().endsOn() + "; amounts in " + plan.currency() + "."));
                default -> {
                }
            }
        }
        return blocks;
    }

    /** The figures a decision rested on, as its event carries them. */
    List<Block> of(Event event) {
        var blocks = new ArrayList<Block>();
        switch (event.payload()) {
            case AssessmentDecisionProposedEvent proposed -> blocks.addAll(assessment(JSON.valueToTree(proposed)));
            case AssessmentDecisionApprovedEvent approved -> blocks.addAll(assessment(JSON.valueToTree(approved)));
            case SelectionProposedEvent proposed ->
                    blocks.addAll(selection(proposed.vendorId(), proposed.rejections(), proposed.waivers(), proposed.comparison()));
            case VendorSelectedEvent selected ->
                    blocks.addAll(selection(selected.vendorId(), selected.rejections(), selected.waivers(), selected.comparison()));
            case ContractActivatedEvent active -> {
                blocks.add(text("Version 1, in force from " + active.activatedOn() + "."));
                blocks.addAll(term(active.term()));
                blocks.addAll(serviceLevels(active.serviceLevels()));
                blocks.addAll(termination(active.termination()));
                blocks.addAll(data(active.dataTerms()));
            }
            case AmendmentProposedEvent amendment -> {
                blocks.add(text("Would become version " + amendment.version() + ", in force from " + amendment.effectiveFrom() + "."));
                blocks.addAll(term(amendment.term()));
                blocks.addAll(serviceLevels(amendment.serviceLevels()));
                blocks.addAll(rates(amendment.rates()));
            }
            case AmendmentApprovedEvent amendment -> {
                blocks.add(text("Version " + amendment.version() + ", in force from " + amendment.effectiveFrom() + ": "
                        + amendment.reason()));
                blocks.addAll(term(amendment.term()));
                blocks.addAll(serviceLevels(amendment.serviceLevels()));
                if (amendment.prices() != null && !amendment.prices().isEmpty()) {
                    blocks.add(prices(amendment.prices()));
                }
            }
            case ReviewTriggeredEvent trigger -> blocks.addAll(trigger(trigger));
            case RelationshipReviewOpenedEvent review -> {
                if (!review.triggerIds().isEmpty()) {
                    blocks.add(text("Opened by the trigger(s) " + join(review.triggerIds()) + "."));
                }
            }
            case ExitOptionProposedEvent proposed -> blocks.addAll(costs(proposed.option(), proposed.comparison()));
            case ExitOptionApprovedEvent approved -> {
                if (approved.cost() != null) {
                    blocks.add(text("Chosen: " + approved.option().label() + ", " + amount(approved.cost().total()) + " over the horizon"
                            + (approved.cost().againstStaying() == null ? "" : ", " + signed(approved.cost().againstStaying())
                            + " against staying") + "."));
                    if (printedCosts == null || printedCosts.of(approved.option()).map(c -> !c.equals(approved.cost())).orElse(true)) {
                        blocks.add(costLines(approved.cost()));
                    }
                }
                if (!approved.triggerIds().isEmpty()) {
                    blocks.add(text("Answers the trigger(s) " + join(approved.triggerIds()) + ", which close."));
                }
            }
            default -> {
            }
        }
        return blocks;
    }

    /** What the stage as a whole shows, after its decisions. */
    List<Block> closing() {
        var blocks = new ArrayList<Block>();
        blocks.addAll(roundAsItStands());
        blocks.addAll(monitoring());
        for (Event event : events) {
            if (event.payload() instanceof FinalSettlementRecordedEvent settled) {
                var s = settled.settlement();
                blocks.add(text("Final settlement on " + s.settledOn() + ": last invoice " + s.lastInvoiceNumber() + ", credits still owed "
                        + amount(s.outstandingCredits()) + ", final amount " + amount(s.finalAmount()) + "."));
            }
        }
        return blocks;
    }

    // --- assessment

    /** The decision's figures as they were then: the in-house cost, the recommendation and the chosen options. */
    static List<Block> assessment(JsonNode payload) {
        var blocks = new ArrayList<Block>();
        JsonNode figures = payload.get("figures");
        if (figures == null || figures.isNull()) {
            return blocks;
        }
        String currency = figures.path("currency").asText();
        blocks.add(text("Figures: in-house " + amount(figures.path("inHouse").path("total")) + " " + currency
                + " a year; recommended " + label(DecisionOutcome.class, figures.path("recommendation").path("outcome"), DecisionOutcome::label)
                + "; rate card version " + figures.path("rateCardVersion").asText() + "; "
                + figures.path("options").size() + " options costed; conversion "
                + figures.path("conversion").path("unitsPerUsd").asText() + " " + figures.path("conversion").path("currency").asText()
                + " per USD."));
        var rows = new ArrayList<List<String>>();
        for (JsonNode option : figures.path("options")) {
            if (contains(payload.path("channels"), option.path("channel").asText())
                    && contains(payload.path("regions"), option.path("regionCode").asText())
                    && contains(payload.path("pricingModels"), option.path("pricingModel").asText())) {
                rows.add(List.of(label(Channel.class, option.path("channel"), Channel::label), option.path("regionName").asText(),
                        label(PricingModel.class, option.path("pricingModel"), PricingModel::label),
                        amount(option.path("mid")) + " " + currency, amount(option.path("savingMid")) + " " + currency));
            }
        }
        if (!rows.isEmpty()) {
            blocks.add(new Table(new float[] {2, 2, 3, 2, 2}, List.of("Channel", "Region", "Pricing model", "Mid a year", "Saving"), rows));
        }
        return blocks;
    }

    // --- sourcing

    private List<Block> selection(String chosen, List<Rejection> rejections, List<Waiver> waivers, RoundComparison comparison) {
        var blocks = new ArrayList<Block>();
        for (Rejection rejection : nonNull(rejections)) {
            blocks.add(text("Not " + rejection.vendorName() + ": " + rejection.reason()));
        }
        for (Waiver waiver : nonNull(waivers)) {
            blocks.add(text("Waiver: " + (waiver.item() == null ? "" : waiver.item().label()) + " failed and accepted: " + waiver.reason()));
        }
        if (comparison != null) {
            if (comparison.equals(printed)) {
                blocks.add(text("On the comparison of the proposal, above."));
            } else {
                blocks.addAll(comparison(comparison, chosen));
                printed = comparison;
            }
        }
        return blocks;
    }

    /** The vendors side by side: weighted score, cost, saving, checks, test calls, reviews; then the scores by criterion. */
    static List<Block> comparison(RoundComparison comparison, String chosen) {
        var blocks = new ArrayList<Block>();
        var rows = new ArrayList<List<String>>();
        for (RoundComparison.Row row : comparison.rows()) {
            rows.add(List.of(row.vendorName() + (row.vendorId().equals(chosen) ? " (chosen)" : ""),
                    row.weightedTotal() == null ? "not scored" : number(row.weightedTotal()),
                    row.annualCost() == null ? "no quote" : amount(row.annualCost()) + " " + row.currency(),
                    row.saving() == null ? "" : amount(row.saving()) + (row.savingPercent() == null ? "" : " (" + number(row.savingPercent())
                            + " %)"),
                    row.passed() + " passed, " + row.risks() + " risk(s), " + row.failed() + " failed"
                            + (row.mandatoryFailed().isEmpty() ? "" : "; mandatory failed: "
                            + join(row.mandatoryFailed().stream().map(i -> i.label()).toList())),
                    row.testCalls() == 0 ? "none" : row.testCalls() + ", " + number(row.resolvedPercent()) + " % resolved",
                    row.positiveReviews() + " / " + row.mixedReviews() + " / " + row.negativeReviews()));
        }
        blocks.add(text("The vendors side by side (criteria revision " + comparison.criteriaRevision() + "; score out of 100):"));
        blocks.add(new Table(new float[] {3, 1.3f, 2.2f, 2, 3, 2, 1.5f}, List.of("Vendor", "Score", "Cost a year", "Saving",
                "Due diligence", "Test calls", "Reviews + / ~ / -"), rows));
        if (!comparison.criteria().isEmpty() && !comparison.rows().isEmpty()) {
            var header = new ArrayList<String>();
            header.add("Criterion (weight)");
            comparison.rows().forEach(r -> header.add(r.vendorName()));
            var scores = new ArrayList<List<String>>();
            for (Criterion criterion : comparison.criteria()) {
                var line = new ArrayList<String>();
                line.add(criterion.name() + " (" + criterion.weightPercent() + " %)");
                for (RoundComparison.Row row : comparison.rows()) {
                    Double score = row.combined() == null ? null : row.combined().get(criterion.code());
                    line.add(score == null ? "" : number(score));
                }
                scores.add(line);
            }
            float[] widths = new float[header.size()];
            java.util.Arrays.fill(widths, 1);
            widths[0] = 2.5f;
            blocks.add(new Table(widths, header, scores));
        }
        return blocks;
    }

    /** A round with no selection: its vendors as they stand, folded with the live view's function. */
    private List<Block> roundAsItStands() {
        if (events.stream().noneMatch(e -> e.payload() instanceof SourcingRoundOpenedEvent)
                || events.stream().anyMatch(e -> e.payload() instanceof VendorSelectedEvent)) {
            return List.of();
        }
        SourcingRoundView round = null;
        for (Event event : events) {
            var next = RoundFolds.round(round, event.payload(), event.occurredAt());
            round = next == null ? round : next;
        }
        if (round == null || round.activeShortlist().isEmpty()) {
            return List.of();
        }
        var blocks = new ArrayList<Block>();
        blocks.add(text("No vendor selected in this round; as it stands:"));
        blocks.addAll(comparison(RoundComparison.of(round), null));
        return blocks;
    }

    private static Table prices(List<RoundQuote> prices) {
        var rows = new ArrayList<List<String>>();
        for (RoundQuote price : prices) {
            var quote = price.quote();
            rows.add(List.of(price.channel() == null ? "" : price.channel().label(), Objects.toString(price.region(), ""),
                    quote == null || quote.pricingModel() == null ? "" : quote.pricingModel().label(),
                    quote == null ? "" : rate(quote.ratePerMinute(), "a minute") + rate(quote.ratePerHour(), "an hour")
                            + rate(quote.monthlyFee(), "a month") + " " + Objects.toString(quote.currency(), ""),
                    price.cost() == null ? "" : amount(price.cost().averageAnnual()) + " " + price.cost().currency()));
        }
        return new Table(new float[] {1.5f, 1.5f, 2.5f, 2.5f, 2}, List.of("Channel", "Region", "Pricing model", "Rate", "Average year"),
                rows);
    }

    private static String rate(BigDecimal value, String per) {
        return value == null ? "" : amount(value) + " " + per + " ";
    }

    // --- contracting

    private static List<Block> term(ContractTerm term) {
        if (term == null) {
            return List.of();
        }
        return List.of(text("Term: " + term.startsOn() + " to " + term.endsOn()
                + (term.renewal() == null ? "" : "; " + term.renewal().label().toLowerCase()
                + (term.renewalMonths() == null ? "" : " for " + term.renewalMonths() + " months"))
                + (term.nonRenewalNoticeDays() == null ? "" : "; notice not to renew " + term.nonRenewalNoticeDays() + " days")
                + (term.convenienceNoticeDays() == null ? "" : "; notice for convenience " + term.convenienceNoticeDays() + " days")
                + "."));
    }

    private static List<Block> serviceLevels(ServiceLevels levels) {
        if (levels == null) {
            return List.of();
        }
        var rows = new ArrayList<List<String>>();
        for (ServiceLevel level : levels.levels()) {
            var metric = level.metric();
            rows.add(List.of(metric == null ? "" : metric.label(),
                    (metric == null ? "" : metric.higherIsBetter() ? "at least " : "at most ") + amount(level.target())
                            + (metric == null ? "" : " " + metric.unit()),
                    level.threshold() == null ? "" : level.threshold() + (metric != null
                            && metric.threshold() == org.outsourcingdesk.contracting.api.model.SlaMetric.Threshold.HOURS ? " h" : " s"),
                    level.period() == null ? "" : level.period().label(),
                    level.creditPercent() == null ? "" : amount(level.creditPercent()) + " %"));
        }
        var blocks = new ArrayList<Block>();
        blocks.add(text("Service levels (credits capped at " + amount(levels.creditCapPercent()) + " % of a period's fee):"));
        blocks.add(new Table(new float[] {4, 2, 1, 1.3f, 1.3f}, List.of("SLA", "Target", "Threshold", "Period", "Credit"), rows));
        return blocks;
    }

    private static List<Block> termination(TerminationTerms terms) {
        if (terms == null) {
            return List.of();
        }
        var blocks = new ArrayList<Block>();
        blocks.add(text("Grounds for cause: " + join(terms.forCause().stream().map(CauseTrigger::describe).toList()) + "."));
        var fees = new ArrayList<String>();
        for (ConvenienceFee fee : terms.convenienceFees()) {
            fees.add(amount(fee.fee()) + " from month " + fee.fromMonth());
        }
        blocks.add(text("Ending for convenience: " + (fees.isEmpty() ? "no fee" : join(fees)) + "; termination fees capped at "
                + amount(terms.terminationFeeCap()) + "; liability capped at " + amount(terms.liabilityCap()) + "; exit assistance "
                + Objects.toString(terms.exitAssistanceMonths(), "?") + " months: " + Objects.toString(terms.exitAssistance(), "") + "."));
        return blocks;
    }

    private static List<Block> data(DataTerms data) {
        if (data == null) {
            return List.of();
        }
        return List.of(text("Data: " + Objects.toString(data.recordedSharePercent(), "?") + " % of calls recorded, kept "
                + Objects.toString(data.retentionDays(), "?") + " days; access: " + Objects.toString(data.access(), "") + "; at the end: "
                + Objects.toString(data.returnAndDestruction(), "") + " within " + Objects.toString(data.destroyWithinDays(), "?") + " days."));
    }

    private static List<Block> rates(List<RateChange> rates) {
        if (rates == null || rates.isEmpty()) {
            return List.of();
        }
        var changes = new ArrayList<String>();
        for (RateChange change : rates) {
            changes.add((change.channel() == null ? "" : change.channel().label()) + ", " + change.region() + ": "
                    + rate(change.ratePerMinute(), "a minute") + rate(change.ratePerHour(), "an hour") + rate(change.monthlyFee(), "a month")
                    + rate(change.overagePerContact(), "a further contact").strip());
        }
        return List.of(text("New rates: " + String.join("; ", changes) + "."));
    }

    // --- monitoring

    private static List<Block> trigger(ReviewTriggeredEvent trigger) {
        var blocks = new ArrayList<Block>();
        blocks.add(text((trigger.kind() == null ? "" : trigger.kind().label()) + (trigger.metric() == null ? "" : " ("
                + trigger.metric().label() + ")") + ", in the period from " + trigger.periodStart() + "."));
        for (String line : trigger.evidence()) {
            blocks.add(text("Evidence: " + line));
        }
        return blocks;
    }

    /** Monitoring as a whole: periods, the breaches and their credits, the review triggers, the invoices. */
    private List<Block> monitoring() {
        var blocks = new ArrayList<Block>();
        int periods = 0;
        int amended = 0;
        int met = 0;
        var breaches = new ArrayList<List<String>>();
        var credits = new TreeMap<String, BigDecimal>();
        var triggers = new LinkedHashMap<String, String>();
        var closed = new java.util.HashMap<String, String>();
        var invoices = new ArrayList<List<String>>();
        for (Event event : events) {
            switch (event.payload()) {
                case PeriodReportedEvent reported -> periods++;
                case PeriodReportAmendedEvent amendment -> amended++;
                case SlaMetEvent sla -> met++;
                case SlaBreachedEvent breach -> {
                    var r = breach.result();
                    breaches.add(List.of(String.valueOf(breach.periodStart()), r.metric() == null ? "" : r.metric().label(),
                            amount(r.measured()) + " against " + amount(r.target()), String.valueOf(breach.contractVersion()),
                            amount(r.credited()) + " " + breach.currency() + (r.capped() ? " (capped)" : "")));
                    if (r.credited() != null) {
                        credits.merge(breach.currency(), r.credited(), BigDecimal::add);
                    }
                }
                case ReviewTriggeredEvent trigger -> triggers.put(trigger.triggerId(), "Trigger " + trigger.triggerId() + ", period from "
                        + trigger.periodStart() + (trigger.kind() == null ? "" : " (" + trigger.kind().label().toLowerCase() + ")") + ": "
                        + sentence(trigger.description()) + (trigger.evidence().isEmpty() ? "" : " Evidence: " + String.join("; ", trigger.evidence()) + "."));
                case ReviewTriggersClosedEvent closing -> closing.triggerIds().forEach(id -> closed.put(id, "closed: " + closing.reason()));
                case InvoiceReconciledEvent invoice -> {
                    var r = invoice.reconciliation();
                    invoices.add(List.of(invoice.invoice().invoiceNumber(), String.valueOf(invoice.invoice().periodStart()),
                            amount(r.expected()) + " " + r.currency(), amount(r.invoiced()) + " " + r.currency(),
                            r.matches() ? "matches" : signed(r.difference()) + ": " + join(r.causes().stream()
                                    .map(c -> c.kind().toLowerCase(Locale.ROOT).replace('_', ' ')).toList())));
                }
                default -> {
                }
            }
        }
        if (periods == 0 && triggers.isEmpty() && invoices.isEmpty()) {
            return blocks;
        }
        blocks.add(new Text("Figures of the stage", Style.BOLD));
        blocks.add(text(periods + " period(s) reported, " + amended + " amended; SLAs met " + met + " time(s), breached "
                + breaches.size() + " time(s); credits earned: " + (credits.isEmpty() ? "none" : join(credits.entrySet().stream()
                .map(c -> amount(c.getValue()) + " " + c.getKey()).toList())) + "."));
        if (!breaches.isEmpty()) {
            blocks.add(new Table(new float[] {1.5f, 3.5f, 2, 1, 2}, List.of("Period from", "SLA breached", "Measured", "Version",
                    "Credit"), breaches));
        }
        if (!triggers.isEmpty()) {
            blocks.add(text("Review triggers:"));
            triggers.forEach((id, line) -> blocks.add(text(line + " Now " + closed.getOrDefault(id, "open") + ".")));
        }
        if (!invoices.isEmpty()) {
            blocks.add(text("Invoices held against the measured usage:"));
            blocks.add(new Table(new float[] {1.5f, 1.5f, 2, 2, 3}, List.of("Invoice", "Period from", "Expected", "Invoiced",
                    "Difference"), invoices));
        }
        return blocks;
    }

    // --- exit

    private List<Block> costs(ExitOption proposed, CostComparison comparison) {
        var blocks = new ArrayList<Block>();
        if (comparison == null) {
            return blocks;
        }
        var inputs = comparison.inputs();
        blocks.add(text("Every option's cost as of " + comparison.asOf() + ", in " + comparison.currency()
                + (inputs == null ? "" : ", over " + inputs.horizonMonths() + " months"
                + (inputs.returnPath() == null ? "" : ", the service going to " + inputs.returnPath().label().toLowerCase())
                + (inputs.parallelRunMonths() == null ? "" : ", " + inputs.parallelRunMonths() + " month(s) of parallel run")
                + (inputs.sourcingRoundCost() == null ? "" : ", a new round costing " + amount(inputs.sourcingRoundCost())))
                + "; the vendor charges " + amount(comparison.monthlyVendorCharge()) + " a month; in-house would need "
                + amount(comparison.headcount()) + " FTE at " + amount(comparison.loadedCostPerFte()) + " a year each:"));
        var rows = new ArrayList<List<String>>();
        for (OptionCost option : comparison.options()) {
            rows.add(List.of(option.option().label() + (option.option() == proposed ? " (proposed)" : ""), amount(option.total()),
                    option.againstStaying() == null ? "" : signed(option.againstStaying()),
                    option.earliestEnd() == null ? "" : option.earliestEnd().toString(), Objects.toString(option.note(), "")));
        }
        blocks.add(new Table(new float[] {2.5f, 1.7f, 1.7f, 1.5f, 3.5f}, List.of("Option", "Total", "Against staying", "Earliest end",
                "Note"), rows));
        comparison.of(proposed).ifPresent(cost -> blocks.add(costLines(cost)));
        printedCosts = comparison;
        return blocks;
    }

    private static Table costLines(OptionCost cost) {
        var rows = new ArrayList<List<String>>();
        for (CostLine line : cost.lines()) {
            rows.add(List.of(line.what(), amount(line.amount()), Objects.toString(line.workings(), "")));
        }
        return new Table(new float[] {2.5f, 1.5f, 6}, List.of(cost.option().label() + ": cost", "Amount", "How"), rows);
    }

    // --- words and numbers

    private static Text text(String text) {
        return new Text(text, Style.BODY);
    }

    static String amount(BigDecimal value) {
        if (value == null) {
            return "?";
        }
        var format = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return format.format(value);
    }

    /** An amount as the figures stored it, grouped for reading; text that is no number as it is. */
    private static String amount(JsonNode value) {
        try {
            return amount(new BigDecimal(value.asText()));
        } catch (NumberFormatException notANumber) {
            return value.asText();
        }
    }

    /** A code the figures stored (an enum's name), as its label; an unknown code as it is. */
    private static <E extends Enum<E>> String label(Class<E> type, JsonNode code, java.util.function.Function<E, String> label) {
        try {
            return label.apply(Enum.valueOf(type, code.asText()));
        } catch (IllegalArgumentException unknown) {
            return code.asText();
        }
    }

    private static String number(Double value) {
        return value == null ? "" : amount(BigDecimal.valueOf(value));
    }

    private static String signed(BigDecimal value) {
        return value == null ? "" : (value.signum() > 0 ? "+" : "") + amount(value);
    }

    private static String sentence(String text) {
        return text == null ? "" : text.endsWith(".") ? text : text + ".";
    }

    private static String join(List<String> values) {
        return values == null || values.isEmpty() ? "none" : String.join(", ", values);
    }

    private static <T> List<T> nonNull(List<T> values) {
        return values == null ? List.of() : values;
    }

    private static boolean contains(JsonNode array, String value) {
        for (JsonNode each : array) {
            if (each.asText().equals(value)) {
                return true;
            }
        }
        return false;
    }
}
