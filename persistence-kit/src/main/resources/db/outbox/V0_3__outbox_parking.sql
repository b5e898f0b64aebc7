-- A record Kafka refuses for good (too large, say) is tried a few times, then parked: kept, counted
-- and logged once, so that it never holds back the records behind it.
ALTER TABLE outbox_event ADD COLUMN attempts INT NOT NULL DEFAULT 0;
ALTER TABLE outbox_event ADD COLUMN last_error TEXT;
ALTER TABLE outbox_event ADD COLUMN parked_at TIMESTAMPTZ;

DROP INDEX outbox_event_pending;
CREATE INDEX outbox_event_pending ON outbox_event (seq) WHERE published_at IS NULL AND parked_at IS NULL;
CREATE INDEX outbox_event_parked ON outbox_event (parked_at) WHERE parked_at IS NOT NULL;
