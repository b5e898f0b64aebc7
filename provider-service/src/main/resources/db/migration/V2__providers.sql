CREATE TABLE provider (
    id                 UUID PRIMARY KEY,
    organization_id    UUID NOT NULL REFERENCES organization (id),
    type               TEXT NOT NULL,
    parent_provider_id UUID REFERENCES provider (id),
    name               TEXT NOT NULL,
    bio                TEXT,
    avatar_url         TEXT,
    color_code         TEXT,
    active             BOOLEAN NOT NULL DEFAULT TRUE,
    user_id            UUID,
    time_zone          TEXT NOT NULL,
    version            BIGINT NOT NULL,
    created_at         TIMESTAMPTZ NOT NULL,
    updated_at         TIMESTAMPTZ NOT NULL
);
CREATE INDEX provider_by_organization ON provider (organization_id, type, active);
CREATE INDEX provider_by_parent ON provider (parent_provider_id);

CREATE TABLE provider_specialty (
    provider_id UUID NOT NULL REFERENCES provider (id) ON DELETE CASCADE,
    position    INT NOT NULL,
    specialty   TEXT NOT NULL,
    PRIMARY KEY (provider_id, position)
);
CREATE INDEX provider_specialty_search ON provider_specialty (lower(specialty));
