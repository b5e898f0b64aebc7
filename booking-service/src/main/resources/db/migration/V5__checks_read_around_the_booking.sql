-- A capacity check asks what a provider or resource holds during [from, to). It read every live
-- booking of the provider that started before `to`: the whole history behind it, growing by the day
-- (0.3-0.7 ms a check at a few hundred bookings a provider, the most of the database's time for a
-- booking). No booking occupies longer than AppointmentLimits.LONGEST_OCCUPANCY, so a check now reads
-- only those that start at most that long before `from`, on the provider's index as it was.

-- A resource's allocations keep their booking's occupied start (a move allocates anew), so that a
-- check reads the allocations around it instead of every one the resource ever had.
ALTER TABLE booking_allocation ADD COLUMN occupied_start TIMESTAMPTZ;
UPDATE booking_allocation a SET occupied_start = b.occupied_start FROM booking b WHERE b.id = a.booking_id;
ALTER TABLE booking_allocation ALTER COLUMN occupied_start SET NOT NULL;
DROP INDEX booking_allocation_by_resource;
CREATE INDEX booking_allocation_by_resource ON booking_allocation (resource_id, occupied_start);

-- Round robin asks when each provider was last given a booking of the service: one look-up each in
-- this index, where it read every booking of those providers in the table.
CREATE INDEX booking_by_service_and_provider ON booking (service_id, provider_id, created_at);
