package org.outsourcingdesk.app.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.outsourcingdesk.assessment.api.query.EngagementView;
import org.outsourcingdesk.assessment.api.query.FindEngagementQuery;
import org.outsourcingdesk.assessment.api.query.FindEngagementsQuery;
import org.outsourcingdesk.audit.api.query.AuditReadModels;
import org.outsourcingdesk.audit.api.query.FindEngagementHistoryQuery;
import org.outsourcingdesk.audit.api.query.FindHistoryNotesQuery;
import org.outsourcingdesk.audit.api.query.HistoryEntryView;
import org.outsourcingdesk.audit.api.query.HistoryNoteView;
import org.outsourcingdesk.contracting.api.query.ContractDeadline;
import org.outsourcingdesk.contracting.api.query.FindContractDeadlinesQuery;
import org.outsourcingdesk.kernel.EngagementId;
import org.outsourcingdesk.platform.axon.ReadModelStatus;

/** What the pages read about engagements, through the modules' query APIs only. */
@ApplicationScoped
public class EngagementDirectory {

    /** How long a page waits for the history to show what was just done, before showing what there is. */
    private static final Duration HISTORY_CATCH_UP = Duration.ofSeconds(3);

    @Inject
    QueryGateway queries;
    @Inject
    ReadModelStatus readModels;

    public List<EngagementView> all() {
        return queries.query(new FindEngagementsQuery(), ResponseTypes.multipleInstancesOf(EngagementView.class)).join();
    }

    public Optional<EngagementView> find(EngagementId id) {
        return queries.query(new FindEngagementQuery(id), ResponseTypes.optionalInstanceOf(EngagementView.class)).join();
    }

    /** Every contract's deadlines as of today (missed first, then soonest). */
    public List<ContractDeadline> contractDeadlines() {
        return queries.query(new FindContractDeadlinesQuery(LocalDate.now(ZoneOffset.UTC)),
                ResponseTypes.multipleInstancesOf(ContractDeadline.class)).join();
    }

    /** Every contract's monitoring with an open review trigger. */
    public List<org.outsourcingdesk.monitoring.api.query.MonitoringView> openTriggers() {
        return queries.query(new org.outsourcingdesk.monitoring.api.query.FindOpenTriggersQuery(),
                ResponseTypes.multipleInstancesOf(org.outsourcingdesk.monitoring.api.query.MonitoringView.class)).join();
    }

    /** Every exit case not completed: readiness and open reviews. */
    public List<org.outsourcingdesk.exit.api.query.ExitView> exits() {
        return queries.query(new org.outsourcingdesk.exit.api.query.FindExitsQuery(),
                ResponseTypes.multipleInstancesOf(org.outsourcingdesk.exit.api.query.ExitView.class)).join();
    }

    /** The engagement's history, with every event stored before the call (unless its read model is more than a moment behind). */
    public List<HistoryEntryView> history(EngagementId id, boolean decisionsOnly) {
        readModels.awaitCaughtUp(AuditReadModels.HISTORY, HISTORY_CATCH_UP);
        return queries.query(new FindEngagementHistoryQuery(id, decisionsOnly),
                ResponseTypes.multipleInstancesOf(HistoryEntryView.class)).join();
    }

    /** How each event of the engagement reads to people (names, the proposal an answer answers, figures), by event id. */
    public java.util.Map<String, HistoryNoteView> historyNotes(EngagementId id) {
        var notes = new java.util.HashMap<String, HistoryNoteView>();
        queries.query(new FindHistoryNotesQuery(id), ResponseTypes.multipleInstancesOf(HistoryNoteView.class)).join()
                .forEach(note -> notes.put(note.eventId(), note));
        return notes;
    }
}
