-- Monitoring's review triggers, amended period reports and closed triggers, and exit's opened
-- relationship reviews became decisions (kernel.DecisionEvent). The flag depends on the event type
-- alone, so the entries already in the log get it here, as a replay would set it, without one.

UPDATE audit_engagement_event SET decision = TRUE
WHERE event_type IN ('ReviewTriggeredEvent', 'PeriodReportAmendedEvent', 'ReviewTriggersClosedEvent',
                     'RelationshipReviewOpenedEvent');
