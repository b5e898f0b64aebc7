-- The W3C traceparent of the request that made the change, sent as the record's traceparent
-- header so that every consumer's work joins the request's trace (docs/operations.md).
ALTER TABLE outbox_event ADD COLUMN traceparent TEXT;
