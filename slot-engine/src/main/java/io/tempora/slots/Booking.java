package io.tempora.slots;

/**
 * A provider's existing booking.
 *
 * @param start       start of the interval it occupies, buffers included (epoch seconds)
 * @param end         end of that interval, exclusive
 * @param slotStart   the appointment's own start: group bookings share a slot by it
 * @param sameService whether it is of the service being searched: only then can it share a slot
 */
public record Booking(long start, long end, long slotStart, boolean sameService, int seats) {
}
