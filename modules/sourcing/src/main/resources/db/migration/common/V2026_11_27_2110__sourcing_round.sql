-- Sourcing rounds (sourcing module): one row per round as RoundFolds leaves it, written by
-- SourcingRoundProjection; the round itself as JSON, found by its engagement.

CREATE TABLE sourcing_round (
    round_id      VARCHAR(120) NOT NULL PRIMARY KEY,
    engagement_id VARCHAR(64)  NOT NULL,
    number        INTEGER      NOT NULL,
    view          VARCHAR      NOT NULL
);

CREATE UNIQUE INDEX sourcing_round_engagement ON sourcing_round (engagement_id, number);
