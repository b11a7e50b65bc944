-- Tamper evidence (audit module, ADR 0008): the hash chain over the event store's global order, one
-- link per position (an event, or a position sealed as empty), and the signed checkpoints of its head.

CREATE TABLE audit_chain_link (
    global_index     BIGINT                   NOT NULL PRIMARY KEY,
    event_identifier VARCHAR(255),
    hash             VARCHAR(64)              NOT NULL,
    sealed_at        TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE audit_checkpoint (
    checkpoint_number BIGINT                   NOT NULL PRIMARY KEY,
    up_to_index       BIGINT                   NOT NULL,
    head_hash         VARCHAR(64)              NOT NULL,
    links             BIGINT                   NOT NULL,
    signed_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    key_id            VARCHAR(32)              NOT NULL,
    signature         VARCHAR(200)             NOT NULL
);
