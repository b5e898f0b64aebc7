-- The inbox forgets an event once it can no longer be delivered again (InboxRetention): by age,
-- oldest first, without reading the rest of the table.
CREATE INDEX consumed_event_by_age ON consumed_event (consumed_at);
