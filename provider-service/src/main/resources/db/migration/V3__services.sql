-- services (appointment types) an organization offers
CREATE TABLE service (
    id                     UUID PRIMARY KEY,
    organization_id        UUID NOT NULL REFERENCES organization (id),
    name                   TEXT NOT NULL,
    description            TEXT,
    duration_minutes       INT NOT NULL CHECK (duration_minutes > 0),
    buffer_before_minutes  INT NOT NULL CHECK (buffer_before_minutes >= 0),
    buffer_after_minutes   INT NOT NULL CHECK (buffer_after_minutes >= 0),
    slot_step_minutes      INT NOT NULL CHECK (slot_step_minutes > 0),
    capacity               INT NOT NULL CHECK (capacity >= 1),
    provider_selection     TEXT NOT NULL,
    assignment_strategy    TEXT NOT NULL,
    minimum_notice_minutes INT NOT NULL CHECK (minimum_notice_minutes >= 0),
    maximum_advance_days   INT NOT NULL CHECK (maximum_advance_days > 0),
    price_amount           NUMERIC(12, 2),
    price_currency         TEXT,
    active                 BOOLEAN NOT NULL,
    version                BIGINT NOT NULL,
    created_at             TIMESTAMPTZ NOT NULL,
    updated_at             TIMESTAMPTZ NOT NULL
);
CREATE UNIQUE INDEX service_name_unique ON service (organization_id, lower(name));

-- who offers which service, with per-provider overrides
CREATE TABLE service_provider (
    id               UUID PRIMARY KEY,
    organization_id  UUID NOT NULL,
    service_id       UUID NOT NULL REFERENCES service (id) ON DELETE CASCADE,
    provider_id      UUID NOT NULL REFERENCES provider (id),
    priority         INT NOT NULL,
    duration_minutes INT CHECK (duration_minutes > 0),
    price_amount     NUMERIC(12, 2),
    price_currency   TEXT,
    created_at       TIMESTAMPTZ NOT NULL,
    CONSTRAINT service_provider_unique UNIQUE (service_id, provider_id)
);
CREATE INDEX service_provider_by_provider ON service_provider (provider_id);
