-- The contract's status and days as columns (contracting module), so that contracts due to start
-- and upcoming notice deadlines are found without reading every contract's JSON. The projection
-- fills them from each contract's view; existing rows are drafts, refilled by a replay.

ALTER TABLE contracting_contract ADD COLUMN status VARCHAR(30) DEFAULT 'DRAFT' NOT NULL;
ALTER TABLE contracting_contract ADD COLUMN starts_on DATE;
ALTER TABLE contracting_contract ADD COLUMN ends_on DATE;

CREATE INDEX contracting_contract_status ON contracting_contract (status, starts_on);
DELETE FROM contracting_contract;
DELETE FROM TokenEntry WHERE processorName = 'contracting-contracts';
