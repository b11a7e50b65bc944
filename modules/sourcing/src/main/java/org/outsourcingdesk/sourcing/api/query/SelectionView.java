package org.outsourcingdesk.sourcing.api.query;

import java.time.Instant;
import java.util.List;
import org.outsourcingdesk.sourcing.api.model.Rejection;
import org.outsourcingdesk.sourcing.api.model.Waiver;

/**
 * A round's latest selection: the vendor proposed with its rationale, why each other vendor was not
 * chosen, the waivers, and the approver's decision once made.
 *
 * @param status PROPOSED, APPROVED or REJECTED
 */
public record SelectionView(String status, String vendorId, String vendorName, String rationale, List<Rejection> rejections,
                            List<Waiver> waivers, String proposedBy, Instant proposedAt, String decidedBy, Instant decidedAt,
                            String comment) {

    public static final String PROPOSED = "PROPOSED";
    public static final String APPROVED = "APPROVED";
    public static final String REJECTED = "REJECTED";

    public boolean pending() {
        return PROPOSED.equals(status);
    }

    SelectionView decided(String decision, String by, Instant at, String why) {
        return new SelectionView(decision, vendorId, vendorName, rationale, rejections, waivers, proposedBy, proposedAt, by, at, why);
    }
}
