-- The inbox of a consumer that must apply each event once: the ids of the envelopes it applied,
-- written in the transaction that applies them (Kafka delivers at least once).
CREATE TABLE consumed_event (
    event_id    UUID PRIMARY KEY,
    consumer    TEXT NOT NULL,
    consumed_at TIMESTAMPTZ NOT NULL
);
