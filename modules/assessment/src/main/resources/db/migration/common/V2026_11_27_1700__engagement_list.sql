-- The engagement list read model (assessment module) and the numbers behind engagement references.

CREATE SEQUENCE engagement_reference_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE assessment_engagement (
    id            VARCHAR(36)              NOT NULL PRIMARY KEY,
    reference     VARCHAR(32)              NOT NULL,
    name          VARCHAR(200)             NOT NULL,
    business_unit VARCHAR(100)             NOT NULL,
    currency      VARCHAR(3)               NOT NULL,
    stage         VARCHAR(20)              NOT NULL,
    status        VARCHAR(20)              NOT NULL,
    opened_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    opened_by     VARCHAR(64)              NOT NULL,
    CONSTRAINT uk_assessment_engagement_reference UNIQUE (reference)
);

CREATE INDEX ix_assessment_engagement_opened ON assessment_engagement (opened_at);
