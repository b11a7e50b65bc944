package org.outsourcingdesk.sourcing.api.query;

import java.time.Instant;
import java.util.List;
import org.outsourcingdesk.assessment.api.model.Channel;
import org.outsourcingdesk.assessment.api.model.PricingModel;
import org.outsourcingdesk.sourcing.api.model.Criterion;
import org.outsourcingdesk.sourcing.api.model.ShortlistEntry;

/** A sourcing round as it stands: open or cancelled, its scope, criteria (with their revision) and shortlist. */
public record SourcingRoundView(String engagementId, String roundId, int number, String status, List<Channel> channels,
                                List<String> regions, List<PricingModel> pricingModels, List<Criterion> criteria,
                                int criteriaRevision, List<ShortlistEntry> shortlist, String openedBy, Instant openedAt,
                                Instant changedAt, String cancelReason) {

    public static final String OPEN = "OPEN";
    private static final String ID_INFIX = "-round-";
    public static final String CANCELLED = "CANCELLED";

    /** The id of the round opened by the approval at {@code sequence} of the engagement's stream. */
    public static String roundId(org.outsourcingdesk.kernel.EngagementId engagementId, long sequence) {
        return idPrefix(engagementId) + sequence;
    }

    /** What every round id of an engagement starts with: how the auditors' "as of" finds its rounds in the store. */
    public static String idPrefix(org.outsourcingdesk.kernel.EngagementId engagementId) {
        return engagementId.value() + ID_INFIX;
    }

    public boolean open() {
        return OPEN.equals(status);
    }

    /** The vendors still on the shortlist. */
    public List<ShortlistEntry> activeShortlist() {
        return shortlist.stream().filter(e -> !e.dropped()).toList();
    }
}
