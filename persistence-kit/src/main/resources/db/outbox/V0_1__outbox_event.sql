-- The transactional outbox: written in the same transaction as the change it announces,
-- published to Kafka by the relay in seq order, then marked published.
CREATE TABLE outbox_event (
    id              UUID PRIMARY KEY,
    seq             BIGSERIAL NOT NULL UNIQUE,
    organization_id UUID NOT NULL,
    topic           TEXT NOT NULL,
    record_key      TEXT NOT NULL,
    event_type      TEXT NOT NULL,
    -- the whole EventEnvelope as JSON text, sent as is; NULL is a tombstone (entity deleted)
    payload         TEXT,
    occurred_at     TIMESTAMPTZ NOT NULL,
    published_at    TIMESTAMPTZ
);

CREATE INDEX outbox_event_pending ON outbox_event (seq) WHERE published_at IS NULL;
CREATE INDEX outbox_event_published ON outbox_event (published_at) WHERE published_at IS NOT NULL;
