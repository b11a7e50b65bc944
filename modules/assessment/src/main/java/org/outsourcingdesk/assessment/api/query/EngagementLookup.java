package org.outsourcingdesk.assessment.api.query;

import java.util.Optional;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.outsourcingdesk.kernel.EngagementId;

/** An engagement by the id a user gave as text (a path, a parameter), the way every module's endpoints look it up. */
public final class EngagementLookup {

    private EngagementLookup() {
    }

    /** The engagement, or empty when the text is no engagement id or no engagement has it. */
    public static Optional<EngagementView> find(QueryGateway queries, String id) {
        return EngagementId.parse(id == null ? "" : id).flatMap(engagement -> queries.query(new FindEngagementQuery(engagement),
                ResponseTypes.optionalInstanceOf(EngagementView.class)).join());
    }

    /** What a user is told when there is none. */
    public static String notFound(String id) {
        return "There is no engagement with id " + id + ".";
    }
}
