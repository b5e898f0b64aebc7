-- When the booking's occupancy record was retired with a tombstone: ended or cancelled bookings
-- leave booking.occupancy.v1 after a grace period, so replay time and memory stay bounded as years pass.
ALTER TABLE booking ADD COLUMN occupancy_retired_at TIMESTAMPTZ;
CREATE INDEX booking_occupancy_to_retire ON booking (occupied_end) WHERE occupancy_retired_at IS NULL;
