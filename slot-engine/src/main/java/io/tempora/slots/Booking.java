package io.tempora.slots;

import java.util.UUID;

/**
 * A provider's existing booking.
 *
 * @param id          the booking's id: what a check names as the session a new booking would join
 * @param start       start of the interval it occupies, buffers included (epoch seconds)
 * @param end         end of that interval, exclusive
 * @param slotStart   the appointment's own start: group bookings share a slot by it
 * @param sameService whether it is of the service being searched: only then can it share a slot
 */
public record Booking(UUID id, long start, long end, long slotStart, boolean sameService, int seats) {
}
