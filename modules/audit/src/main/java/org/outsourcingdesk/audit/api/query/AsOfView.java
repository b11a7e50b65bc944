package org.outsourcingdesk.audit.api.query;

import java.time.Instant;
import org.outsourcingdesk.assessment.api.query.AssessmentView;
import org.outsourcingdesk.assessment.api.query.EngagementView;
import org.outsourcingdesk.contracting.api.query.ContractView;
import org.outsourcingdesk.exit.api.query.ExitView;
import org.outsourcingdesk.monitoring.api.query.MonitoringView;
import org.outsourcingdesk.sourcing.api.query.SourcingRoundView;

/**
 * An engagement as it stood at a moment, folded from its events up to then with the functions the
 * live views use.
 *
 * @param at             the moment asked for (or the time of the last event applied, when asked by event)
 * @param eventsApplied  how many of its events had happened by then
 * @param lastEvent      the summary of the last of them
 * @param lastEventAt    when it happened
 * @param engagement     the engagement then (null before it was opened)
 * @param assessment     its assessment then (null before anything was recorded)
 * @param sourcing       its latest sourcing round then (null before one was opened)
 * @param contract       its latest contract then (null before one was drafted)
 * @param monitoring     its latest contract's monitoring then: periods, results, credits, triggers (null before it began)
 * @param exit           its latest contract's exit case then: readiness, reviews, notice, transition (null before it began)
 */
public record AsOfView(String engagementId, Instant at, long eventsApplied, String lastEvent, Instant lastEventAt,
                       EngagementView engagement, AssessmentView assessment, SourcingRoundView sourcing,
                       ContractView contract, MonitoringView monitoring,
                       ExitView exit) {
}
