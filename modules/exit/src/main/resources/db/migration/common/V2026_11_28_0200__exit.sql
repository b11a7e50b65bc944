-- Exit cases (exit module): one row per contract's exit case as ExitFolds leaves it, written by
-- ExitProjection; the case itself as JSON, found by its engagement, and its status as a column for
-- the dashboard (cases not completed) and the deadline job.

CREATE TABLE exit_case (
    exit_id       VARCHAR(200) NOT NULL PRIMARY KEY,
    engagement_id VARCHAR(64)  NOT NULL,
    started_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    status        VARCHAR(30)  NOT NULL,
    view          VARCHAR      NOT NULL
);

CREATE INDEX exit_case_engagement ON exit_case (engagement_id, started_at);
CREATE INDEX exit_case_status ON exit_case (status);
