CREATE TABLE organization (
    id                      UUID PRIMARY KEY,
    name                    TEXT NOT NULL,
    slug                    TEXT NOT NULL,
    time_zone               TEXT NOT NULL,
    -- JSON array of {dayOfWeek, start, end} in the organization's local time
    business_hours          TEXT NOT NULL,
    status                  TEXT NOT NULL,
    multi_provider_enabled  BOOLEAN NOT NULL DEFAULT FALSE,
    version                 BIGINT NOT NULL,
    created_at              TIMESTAMPTZ NOT NULL,
    updated_at              TIMESTAMPTZ NOT NULL,
    CONSTRAINT organization_slug_unique UNIQUE (slug)
);
