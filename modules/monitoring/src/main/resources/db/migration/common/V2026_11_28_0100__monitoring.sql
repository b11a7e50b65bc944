-- Monitoring (monitoring module): one row per contract's monitoring as MonitoringFolds leaves it,
-- written by MonitoringProjection; the monitoring itself as JSON, found by its engagement, and the
-- number of open review triggers as a column for the dashboard.

CREATE TABLE monitoring_contract (
    monitoring_id VARCHAR(200) NOT NULL PRIMARY KEY,
    engagement_id VARCHAR(64)  NOT NULL,
    started_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    open_triggers INTEGER      DEFAULT 0 NOT NULL,
    view          VARCHAR      NOT NULL
);

CREATE INDEX monitoring_contract_engagement ON monitoring_contract (engagement_id, started_at);
CREATE INDEX monitoring_contract_triggers ON monitoring_contract (open_triggers);
