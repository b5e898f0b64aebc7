-- weekly schedules; at most one in effect per provider and date (checked under a lock on the provider)
CREATE TABLE schedule (
    id              UUID PRIMARY KEY,
    organization_id UUID NOT NULL REFERENCES organization (id),
    provider_id     UUID NOT NULL REFERENCES provider (id),
    name            TEXT,
    effective_from  DATE NOT NULL,
    effective_until DATE,
    -- JSON array of {dayOfWeek, start, end, type, locationId} in the provider's local time
    blocks          TEXT NOT NULL,
    version         BIGINT NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL,
    updated_at      TIMESTAMPTZ NOT NULL,
    CHECK (effective_until IS NULL OR effective_until >= effective_from)
);
CREATE INDEX schedule_by_provider ON schedule (provider_id, effective_from);

CREATE TABLE time_off (
    id                   UUID PRIMARY KEY,
    organization_id      UUID NOT NULL REFERENCES organization (id),
    provider_id          UUID NOT NULL REFERENCES provider (id),
    start_at             TIMESTAMPTZ NOT NULL,
    end_at               TIMESTAMPTZ NOT NULL,
    all_day              BOOLEAN NOT NULL,
    start_date           DATE,
    end_date             DATE,
    type                 TEXT NOT NULL,
    reason               TEXT,
    coverage_provider_id UUID REFERENCES provider (id),
    status               TEXT NOT NULL,
    decided_by           UUID,
    decided_at           TIMESTAMPTZ,
    decision_note        TEXT,
    version              BIGINT NOT NULL,
    created_at           TIMESTAMPTZ NOT NULL,
    updated_at           TIMESTAMPTZ NOT NULL,
    CHECK (end_at > start_at)
);
CREATE INDEX time_off_by_provider ON time_off (provider_id, start_at);
CREATE INDEX time_off_by_status ON time_off (organization_id, status);

-- holidays and special hours (provider_id NULL: the organization) and provider date overrides
CREATE TABLE date_override (
    id              UUID PRIMARY KEY,
    organization_id UUID NOT NULL REFERENCES organization (id),
    provider_id     UUID REFERENCES provider (id),
    date            DATE NOT NULL,
    name            TEXT,
    closed          BOOLEAN NOT NULL,
    -- JSON array of {start, end} local times
    intervals       TEXT NOT NULL,
    work_on_holiday BOOLEAN NOT NULL,
    version         BIGINT NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL,
    updated_at      TIMESTAMPTZ NOT NULL
);
CREATE UNIQUE INDEX date_override_organization_date ON date_override (organization_id, date) WHERE provider_id IS NULL;
CREATE UNIQUE INDEX date_override_provider_date ON date_override (provider_id, date) WHERE provider_id IS NOT NULL;

CREATE TABLE caseload (
    provider_id         UUID PRIMARY KEY REFERENCES provider (id),
    organization_id     UUID NOT NULL REFERENCES organization (id),
    active_client_count INT NOT NULL CHECK (active_client_count >= 0),
    maximum_caseload    INT CHECK (maximum_caseload >= 0),
    panel_status        TEXT NOT NULL,
    version             BIGINT NOT NULL,
    updated_at          TIMESTAMPTZ NOT NULL
);
