-- Contracts (contracting module): one row per contract as ContractFolds leaves it, written by
-- ContractProjection; the contract itself as JSON, found by its engagement.

CREATE TABLE contracting_contract (
    contract_id   VARCHAR(160) NOT NULL PRIMARY KEY,
    engagement_id VARCHAR(64)  NOT NULL,
    drafted_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    view          VARCHAR      NOT NULL
);

CREATE INDEX contracting_contract_engagement ON contracting_contract (engagement_id, drafted_at);
