CREATE TABLE booking (
    id                  UUID PRIMARY KEY,
    organization_id     UUID NOT NULL,
    service_id          UUID NOT NULL,
    provider_id         UUID NOT NULL,
    client_id           UUID NOT NULL,
    client_name         TEXT NOT NULL,
    client_email        TEXT,
    client_phone        TEXT,
    start_at            TIMESTAMPTZ NOT NULL,
    end_at              TIMESTAMPTZ NOT NULL,
    -- start and end widened by the service's buffers: what the provider and resources are busy for
    occupied_start      TIMESTAMPTZ NOT NULL,
    occupied_end        TIMESTAMPTZ NOT NULL,
    seats               INT NOT NULL CHECK (seats >= 1),
    resource_ids        TEXT NOT NULL,
    status              TEXT NOT NULL CHECK (status IN ('CONFIRMED', 'NEEDS_REASSIGNMENT', 'CANCELLED')),
    override            BOOLEAN NOT NULL,
    warnings            TEXT NOT NULL,
    notes               TEXT,
    cancellation_reason TEXT,
    version             BIGINT NOT NULL,
    created_at          TIMESTAMPTZ NOT NULL,
    updated_at          TIMESTAMPTZ NOT NULL,
    CHECK (start_at < end_at AND occupied_start <= start_at AND end_at <= occupied_end)
);
-- capacity checks: the live bookings of a provider around a time
CREATE INDEX booking_live_by_provider ON booking (provider_id, occupied_start) WHERE status <> 'CANCELLED';
-- calendars and lists
CREATE INDEX booking_by_organization ON booking (organization_id, start_at);
CREATE INDEX booking_by_client ON booking (organization_id, client_id, start_at);

-- which resources a live booking holds; rows go when the booking is cancelled or moved
CREATE TABLE booking_allocation (
    booking_id  UUID NOT NULL REFERENCES booking (id),
    resource_id UUID NOT NULL,
    PRIMARY KEY (booking_id, resource_id)
);
CREATE INDEX booking_allocation_by_resource ON booking_allocation (resource_id);

-- One row per provider or resource and UTC day. Every booking that takes capacity of a subject
-- raises the version of each day its occupied interval touches, checked against the version it
-- read before counting: two overlapping bookings share a day, so the second to commit sees that
-- its count is stale and runs again. See docs/booking-service.md.
CREATE TABLE capacity_ledger (
    subject_id UUID NOT NULL,
    day        DATE NOT NULL,
    version    BIGINT NOT NULL,
    PRIMARY KEY (subject_id, day)
);

CREATE TABLE booking_change (
    id                   UUID PRIMARY KEY,
    booking_id           UUID NOT NULL REFERENCES booking (id),
    change               TEXT NOT NULL,
    occurred_at          TIMESTAMPTZ NOT NULL,
    previous_provider_id UUID,
    previous_start       TIMESTAMPTZ,
    provider_id          UUID NOT NULL,
    start_at             TIMESTAMPTZ NOT NULL,
    status               TEXT NOT NULL,
    reason               TEXT
);
CREATE INDEX booking_change_by_booking ON booking_change (booking_id, occurred_at);

-- the first answer to a creation, per organization and Idempotency-Key; written first in the
-- creation's transaction (so a concurrent twin fails at once), hence the deferred reference
CREATE TABLE idempotency_key (
    organization_id UUID NOT NULL,
    key             TEXT NOT NULL,
    request_hash    TEXT NOT NULL,
    booking_id      UUID NOT NULL REFERENCES booking (id) DEFERRABLE INITIALLY DEFERRED,
    created_at      TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (organization_id, key)
);
