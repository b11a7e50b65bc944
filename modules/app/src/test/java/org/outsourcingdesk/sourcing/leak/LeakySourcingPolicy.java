package org.outsourcingdesk.sourcing.leak;

import org.outsourcingdesk.assessment.domain.Engagement;
import org.outsourcingdesk.audit.api.query.FindEngagementHistoryQuery;

/** Deliberately wrong (test fixture): reaches into assessment's domain and sees audit, a later module. */
public class LeakySourcingPolicy {

    public int leak() {
        return Engagement.class.getName().length() + FindEngagementHistoryQuery.class.getName().length();
    }
}
