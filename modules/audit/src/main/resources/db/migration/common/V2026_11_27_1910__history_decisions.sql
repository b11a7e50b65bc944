-- The auditors' timeline: which history entries record a decision (kernel.DecisionEvent).
-- Entries written before this column existed were an engagement's opening, its only decision then.

ALTER TABLE audit_engagement_event ADD COLUMN decision BOOLEAN DEFAULT FALSE NOT NULL;
UPDATE audit_engagement_event SET decision = TRUE WHERE event_type = 'EngagementOpenedEvent';
