-- Tamper evidence (audit module, ADR 0008): the hash chain over the event store's global order, and
-- the signed checkpoints of its head.
--
-- The chain has one link per position (an event, or a position sealed as empty), stored as one row
-- per sealed batch: the positions first_index..last_index, the event sealed at each (UTF-8, one line
-- per position, an empty line for an empty position) and the 32-byte SHA-256 hash of each link, in
-- order. One row a batch instead of one a position keeps the sealer's writes and the verifier's reads
-- small; each link stays individually checkable.

CREATE TABLE audit_chain_segment (
    first_index BIGINT                   NOT NULL PRIMARY KEY,
    last_index  BIGINT                   NOT NULL,
    event_ids   BYTEA                    NOT NULL,
    link_hashes BYTEA                    NOT NULL,
    sealed_at   TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE UNIQUE INDEX audit_chain_segment_last ON audit_chain_segment (last_index);

CREATE TABLE audit_checkpoint (
    checkpoint_number BIGINT                   NOT NULL PRIMARY KEY,
    up_to_index       BIGINT                   NOT NULL,
    head_hash         VARCHAR(64)              NOT NULL,
    links             BIGINT                   NOT NULL,
    signed_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    key_id            VARCHAR(32)              NOT NULL,
    signature         VARCHAR(200)             NOT NULL
);
