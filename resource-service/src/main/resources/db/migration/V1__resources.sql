CREATE TABLE resource_type (
    id              UUID PRIMARY KEY,
    organization_id UUID NOT NULL,
    name            TEXT NOT NULL,
    description     TEXT,
    deleted         BOOLEAN NOT NULL DEFAULT FALSE,
    version         BIGINT NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL,
    updated_at      TIMESTAMPTZ NOT NULL
);
-- names are unique per organization, ignoring case, among types not deleted
CREATE UNIQUE INDEX resource_type_name_unique ON resource_type (organization_id, lower(name)) WHERE NOT deleted;

CREATE TABLE resource (
    id               UUID PRIMARY KEY,
    organization_id  UUID NOT NULL,
    resource_type_id UUID NOT NULL REFERENCES resource_type (id),
    name             TEXT NOT NULL,
    description      TEXT,
    capacity         INT NOT NULL CHECK (capacity >= 1),
    active           BOOLEAN NOT NULL DEFAULT TRUE,
    deleted          BOOLEAN NOT NULL DEFAULT FALSE,
    version          BIGINT NOT NULL,
    created_at       TIMESTAMPTZ NOT NULL,
    updated_at       TIMESTAMPTZ NOT NULL
);
CREATE UNIQUE INDEX resource_name_unique ON resource (resource_type_id, lower(name)) WHERE NOT deleted;
CREATE INDEX resource_by_organization ON resource (organization_id, resource_type_id);

-- one row per service that has requirements: carries the version of the list as a whole
CREATE TABLE service_requirements (
    service_id      UUID PRIMARY KEY,
    organization_id UUID NOT NULL,
    version         BIGINT NOT NULL,
    updated_at      TIMESTAMPTZ NOT NULL
);

CREATE TABLE resource_requirement (
    service_id       UUID NOT NULL REFERENCES service_requirements (service_id) ON DELETE CASCADE,
    resource_type_id UUID NOT NULL REFERENCES resource_type (id),
    quantity         INT NOT NULL CHECK (quantity > 0),
    PRIMARY KEY (service_id, resource_type_id)
);
CREATE INDEX resource_requirement_by_type ON resource_requirement (resource_type_id);
