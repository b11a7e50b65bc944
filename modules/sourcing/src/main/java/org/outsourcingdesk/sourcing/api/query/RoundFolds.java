package org.outsourcingdesk.sourcing.api.query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.outsourcingdesk.sourcing.api.event.EvaluationCriteriaSetEvent;
import org.outsourcingdesk.sourcing.api.event.RequestForProposalRecordedEvent;
import org.outsourcingdesk.sourcing.api.event.ShortlistedVendorDroppedEvent;
import org.outsourcingdesk.sourcing.api.event.SourcingRoundCancelledEvent;
import org.outsourcingdesk.sourcing.api.event.SourcingRoundOpenedEvent;
import org.outsourcingdesk.sourcing.api.event.VendorShortlistedEvent;
import org.outsourcingdesk.sourcing.api.model.ShortlistEntry;

/**
 * How a sourcing round looks after each event: a pure function from the round before and one event
 * to the round after. The live projection writes what it returns; an "as of" view can fold a round's
 * events up to a moment with the same function.
 */
public final class RoundFolds {

    private RoundFolds() {
    }

    /** The round after {@code event} ({@code before} is null until it is opened). */
    public static SourcingRoundView round(SourcingRoundView before, Object event, Instant at) {
        if (event instanceof SourcingRoundOpenedEvent e) {
            return new SourcingRoundView(e.engagementId().value(), e.roundId(), e.number(), SourcingRoundView.OPEN, e.channels(),
                    e.regions(), e.pricingModels(), e.criteria(), 1, List.of(), e.openedBy(), at, at, null);
        }
        if (before == null) {
            return null;
        }
        return switch (event) {
            case EvaluationCriteriaSetEvent e -> new SourcingRoundView(before.engagementId(), before.roundId(), before.number(),
                    before.status(), before.channels(), before.regions(), before.pricingModels(), e.criteria(), e.revision(),
                    before.shortlist(), before.openedBy(), before.openedAt(), at, before.cancelReason());
            case SourcingRoundCancelledEvent e -> new SourcingRoundView(before.engagementId(), before.roundId(), before.number(),
                    SourcingRoundView.CANCELLED, before.channels(), before.regions(), before.pricingModels(), before.criteria(),
                    before.criteriaRevision(), before.shortlist(), before.openedBy(), before.openedAt(), at, e.reason());
            case VendorShortlistedEvent e -> shortlist(before, at, entries -> {
                entries.removeIf(x -> x.vendorId().equals(e.vendorId()));
                entries.add(new ShortlistEntry(e.vendorId(), e.vendorName(), e.vendorVersion(), e.shortlistedBy(), null, null,
                        false, null));
            });
            case ShortlistedVendorDroppedEvent e -> shortlist(before, at, entries -> entries.replaceAll(x -> !x.vendorId()
                    .equals(e.vendorId()) ? x : new ShortlistEntry(x.vendorId(), x.vendorName(), x.vendorVersion(),
                    x.shortlistedBy(), x.rfpSentOn(), x.rfpDueOn(), true, e.reason())));
            case RequestForProposalRecordedEvent e -> shortlist(before, at, entries -> entries.replaceAll(x -> !x.vendorId()
                    .equals(e.vendorId()) ? x : new ShortlistEntry(x.vendorId(), x.vendorName(), x.vendorVersion(),
                    x.shortlistedBy(), e.sentOn(), e.dueOn(), x.dropped(), x.dropReason())));
            default -> before;
        };
    }

    private static SourcingRoundView shortlist(SourcingRoundView before, Instant at,
                                               java.util.function.Consumer<List<ShortlistEntry>> change) {
        var entries = new ArrayList<>(before.shortlist());
        change.accept(entries);
        return new SourcingRoundView(before.engagementId(), before.roundId(), before.number(), before.status(),
                before.channels(), before.regions(), before.pricingModels(), before.criteria(), before.criteriaRevision(),
                List.copyOf(entries), before.openedBy(), before.openedAt(), at, before.cancelReason());
    }
}
