package org.outsourcingdesk.sourcing.api.query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.outsourcingdesk.assessment.api.model.Channel;
import org.outsourcingdesk.assessment.api.model.PricingModel;
import org.outsourcingdesk.kernel.EngagementId;
import org.outsourcingdesk.sourcing.api.model.Criterion;
import org.outsourcingdesk.sourcing.api.model.DueDiligenceItem;
import org.outsourcingdesk.sourcing.api.model.ShortlistEntry;

/**
 * A sourcing round as it stands: open, cancelled (its assessment reopened), ended without a suitable
 * vendor, or closed with a vendor selected; its scope, criteria (with their revision), the
 * due-diligence items its vendors must pass, the shortlist with all the round learned of each vendor,
 * and its latest selection.
 *
 * @param closeReason why it closed without a selection (cancelled or ended), else null
 */
public record SourcingRoundView(String engagementId, String roundId, int number, String status, List<Channel> channels,
                                List<String> regions, List<PricingModel> pricingModels, List<Criterion> criteria,
                                int criteriaRevision, List<DueDiligenceItem> mandatoryDueDiligence,
                                List<ShortlistEntry> shortlist, SelectionView selection, String openedBy, Instant openedAt,
                                Instant changedAt, String closeReason) {

    public static final String OPEN = "OPEN";
    public static final String CANCELLED = "CANCELLED";
    public static final String ENDED = "ENDED";
    public static final String SELECTED = "SELECTED";
    private static final String ID_INFIX = "-round-";

    public SourcingRoundView {
        mandatoryDueDiligence = mandatoryDueDiligence == null ? List.of() : List.copyOf(mandatoryDueDiligence);
        shortlist = shortlist == null ? List.of() : List.copyOf(shortlist);
    }

    /** The id of the round opened by the approval at {@code sequence} of the engagement's stream. */
    public static String roundId(EngagementId engagementId, long sequence) {
        return engagementId.value() + ID_INFIX + sequence;
    }

    public boolean open() {
        return OPEN.equals(status);
    }

    /** Scoring has started once any evaluator scored any vendor: the weights are frozen from then on. */
    public boolean scoringStarted() {
        return shortlist.stream().anyMatch(e -> !e.scores().isEmpty());
    }

    /** The vendors still on the shortlist. */
    public List<ShortlistEntry> activeShortlist() {
        return shortlist.stream().filter(e -> !e.dropped()).toList();
    }

    public java.util.Optional<ShortlistEntry> vendor(String vendorId) {
        return shortlist.stream().filter(e -> e.vendorId().equals(vendorId)).findFirst();
    }

    SourcingRoundView withCriteria(List<Criterion> newCriteria, int revision, Instant at) {
        return new SourcingRoundView(engagementId, roundId, number, status, channels, regions, pricingModels, newCriteria, revision,
                mandatoryDueDiligence, shortlist, selection, openedBy, openedAt, at, closeReason);
    }

    SourcingRoundView closed(String newStatus, String reason, Instant at) {
        return new SourcingRoundView(engagementId, roundId, number, newStatus, channels, regions, pricingModels, criteria,
                criteriaRevision, mandatoryDueDiligence, shortlist, selection, openedBy, openedAt, at, reason);
    }

    SourcingRoundView withSelection(SelectionView newSelection, String newStatus, Instant at) {
        return new SourcingRoundView(engagementId, roundId, number, newStatus, channels, regions, pricingModels, criteria,
                criteriaRevision, mandatoryDueDiligence, shortlist, newSelection, openedBy, openedAt, at, closeReason);
    }

    /** A selection waits for an approver's decision. */
    public boolean selectionPending() {
        return selection != null && selection.pending();
    }

    SourcingRoundView withMandatory(List<DueDiligenceItem> items, Instant at) {
        return new SourcingRoundView(engagementId, roundId, number, status, channels, regions, pricingModels, criteria,
                criteriaRevision, items, shortlist, selection, openedBy, openedAt, at, closeReason);
    }

    /** With a vendor added to the end of the shortlist, in place of an earlier entry of it. */
    SourcingRoundView withShortlisted(ShortlistEntry entry, Instant at) {
        var entries = new ArrayList<>(shortlist);
        entries.removeIf(x -> x.vendorId().equals(entry.vendorId()));
        entries.add(entry);
        return new SourcingRoundView(engagementId, roundId, number, status, channels, regions, pricingModels, criteria,
                criteriaRevision, mandatoryDueDiligence, entries, selection, openedBy, openedAt, at, closeReason);
    }

    /** With one vendor's entry changed. */
    SourcingRoundView withVendor(String vendorId, UnaryOperator<ShortlistEntry> change, Instant at) {
        var entries = new ArrayList<>(shortlist);
        entries.replaceAll(x -> x.vendorId().equals(vendorId) ? change.apply(x) : x);
        return new SourcingRoundView(engagementId, roundId, number, status, channels, regions, pricingModels, criteria,
                criteriaRevision, mandatoryDueDiligence, entries, selection, openedBy, openedAt, at, closeReason);
    }
}
