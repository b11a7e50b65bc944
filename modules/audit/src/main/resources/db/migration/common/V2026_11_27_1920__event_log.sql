-- The history table becomes the event log of every event, an engagement's or not (the rate card,
-- exchange rates), with the module it comes from, and indexes for the auditors' filters and keyset
-- paging. Its processor replays from the start to fill in the events it did not follow before.

ALTER TABLE audit_engagement_event ALTER COLUMN engagement_id DROP NOT NULL;
ALTER TABLE audit_engagement_event ADD COLUMN module VARCHAR(40) DEFAULT 'assessment' NOT NULL;
CREATE UNIQUE INDEX ix_audit_event_global ON audit_engagement_event (global_index);
CREATE INDEX ix_audit_event_type ON audit_engagement_event (event_type, global_index);
CREATE INDEX ix_audit_event_actor ON audit_engagement_event (actor, global_index);
CREATE INDEX ix_audit_event_module ON audit_engagement_event (module, global_index);
CREATE INDEX ix_audit_event_time ON audit_engagement_event (occurred_at, global_index);

DELETE FROM audit_engagement_event;
DELETE FROM TokenEntry WHERE processorName = 'audit-history';
