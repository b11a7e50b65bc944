-- The event log recorded a tracking token's position as an event's global index. For an event that
-- committed after a later one (a gap the processor fills), that position is the later event's, so the
-- row took the wrong place, or clashed with the later row and stopped the log. The projection now reads
-- each event's own index from the store; the log is rebuilt from the first event with it.

DELETE FROM audit_engagement_event;
DELETE FROM TokenEntry WHERE processorName = 'audit-history';
