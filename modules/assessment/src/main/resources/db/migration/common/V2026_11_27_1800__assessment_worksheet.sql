-- The assessment module's read models: the worksheet of each engagement's assessment (its inputs and
-- decision as JSON, in the events' shapes), the rate card versions and the exchange rates.
-- The engagement status now says where the assessment stands, which needs more room.

ALTER TABLE assessment_engagement ALTER COLUMN status SET DATA TYPE VARCHAR(200);

CREATE TABLE assessment_worksheet (
    engagement_id  VARCHAR(36)              NOT NULL PRIMARY KEY,
    status         VARCHAR(20)              NOT NULL,
    demand         VARCHAR,
    baseline       VARCHAR,
    factors        VARCHAR,
    proposal       VARCHAR,
    decision       VARCHAR,
    last_rejection VARCHAR,
    last_reopening VARCHAR,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by     VARCHAR(64)
);

CREATE TABLE assessment_rate_card (
    version    INTEGER                  NOT NULL PRIMARY KEY,
    content    VARCHAR         NOT NULL,
    note       VARCHAR(1000),
    revised_by VARCHAR(64)              NOT NULL,
    revised_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE assessment_exchange_rate (
    currency      VARCHAR(3)               NOT NULL,
    as_of         DATE                     NOT NULL,
    units_per_usd NUMERIC(20, 8)           NOT NULL,
    set_by        VARCHAR(64)              NOT NULL,
    set_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (currency, as_of)
);
