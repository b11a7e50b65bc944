-- The vendor registry (sourcing module): one row per vendor as it stands now, written by
-- VendorRegistryProjection. The whole profile is kept as JSON; the columns beside it are what the
-- registry searches and filters by, each list as ';'-separated values with a ';' at both ends, so that
-- "contains value X" is a LIKE '%;X;%'.

CREATE TABLE sourcing_vendor (
    vendor_id      VARCHAR(64)              NOT NULL PRIMARY KEY,
    version        INTEGER                  NOT NULL,
    name           VARCHAR(200)             NOT NULL,
    name_key       VARCHAR(200)             NOT NULL,
    kind           VARCHAR(40)              NOT NULL,
    hq_country     VARCHAR(2)               NOT NULL,
    countries      VARCHAR(2000)            NOT NULL,
    regions        VARCHAR(2000)            NOT NULL,
    channels       VARCHAR(200)             NOT NULL,
    languages      VARCHAR(4000)            NOT NULL,
    certifications VARCHAR(4000)            NOT NULL,
    coverage_24x7  BOOLEAN                  NOT NULL,
    search_text    VARCHAR                  NOT NULL,
    profile        VARCHAR                  NOT NULL,
    archived       BOOLEAN                  NOT NULL,
    archive_reason VARCHAR(4000),
    registered_by  VARCHAR(64)              NOT NULL,
    registered_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by     VARCHAR(64)              NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX sourcing_vendor_name ON sourcing_vendor (name_key);
