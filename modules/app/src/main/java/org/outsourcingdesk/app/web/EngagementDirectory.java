package org.outsourcingdesk.app.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.outsourcingdesk.assessment.api.query.EngagementView;
import org.outsourcingdesk.assessment.api.query.FindEngagementQuery;
import org.outsourcingdesk.assessment.api.query.FindEngagementsQuery;
import org.outsourcingdesk.audit.api.query.FindEngagementHistoryQuery;
import org.outsourcingdesk.audit.api.query.HistoryEntryView;
import org.outsourcingdesk.kernel.EngagementId;

/** What the pages read about engagements, through the modules' query APIs only. */
@ApplicationScoped
public class EngagementDirectory {

    @Inject
    QueryGateway queries;

    public List<EngagementView> all() {
        return queries.query(new FindEngagementsQuery(), ResponseTypes.multipleInstancesOf(EngagementView.class)).join();
    }

    public Optional<EngagementView> find(EngagementId id) {
        return queries.query(new FindEngagementQuery(id), ResponseTypes.optionalInstanceOf(EngagementView.class)).join();
    }

    public List<HistoryEntryView> history(EngagementId id, boolean decisionsOnly) {
        return queries.query(new FindEngagementHistoryQuery(id, decisionsOnly),
                ResponseTypes.multipleInstancesOf(HistoryEntryView.class)).join();
    }
}
