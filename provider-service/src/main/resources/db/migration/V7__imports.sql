-- What imports made, by the ids things had in the system they came from: a re-run finds them here
-- and makes nothing twice.
CREATE TABLE import_mapping (
    id              UUID PRIMARY KEY,
    organization_id UUID NOT NULL,
    -- PROVIDER (the practitioner), SCHEDULE (the business hours), HOLIDAY (by date), SERVICE
    kind            TEXT NOT NULL,
    external_id     TEXT NOT NULL,
    entity_id       UUID NOT NULL,
    UNIQUE (organization_id, kind, external_id)
);

-- Every appointment an import placed, with the booking id it becomes in booking-service: the
-- counts to compare before and after a migration (docs/migration.md), and what later runs must
-- not overlap.
CREATE TABLE imported_appointment (
    id              UUID PRIMARY KEY,
    organization_id UUID NOT NULL,
    external_id     TEXT NOT NULL,
    provider_id     UUID NOT NULL,
    service_id      UUID NOT NULL,
    start_at        TIMESTAMPTZ NOT NULL,
    end_at          TIMESTAMPTZ NOT NULL,
    cancelled       BOOLEAN NOT NULL,
    imported_at     TIMESTAMPTZ NOT NULL,
    UNIQUE (organization_id, external_id)
);
