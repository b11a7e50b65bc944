-- The engagement history read model (audit module): every event of every engagement, with who
-- caused it and its data as JSON (in the event's current shape, after any upcasting).

CREATE TABLE audit_engagement_event (
    event_id           VARCHAR(255)             NOT NULL PRIMARY KEY,
    engagement_id      VARCHAR(36)              NOT NULL,
    global_index       BIGINT                   NOT NULL,
    event_type         VARCHAR(200)             NOT NULL,
    revision           VARCHAR(20),
    aggregate_type     VARCHAR(100),
    aggregate_id       VARCHAR(255),
    aggregate_sequence BIGINT,
    occurred_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    actor              VARCHAR(64),
    roles              VARCHAR(200),
    summary            VARCHAR(2000)            NOT NULL,
    payload            VARCHAR                  NOT NULL,
    correlation_id     VARCHAR(100),
    causation_id       VARCHAR(100),
    request_id         VARCHAR(100)
);

CREATE INDEX ix_audit_engagement_event_engagement ON audit_engagement_event (engagement_id, global_index);
