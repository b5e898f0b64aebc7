package io.tempora.slots;

import java.util.Arrays;
import java.util.Comparator;

/**
 * One provider as the engine sees it.
 *
 * @param windows  when it works (flat sorted pairs, see {@link Spans}); {@link WorkingWindows#of}
 * @param regular  when its weekly schedule alone says it works, to word conflicts
 * @param timeOff  approved time off, normalized
 * @param bookings its active bookings, in any order
 */
public record ProviderCalendar(long[] windows, long[] regular, long[] timeOff, Booking[] bookings) {

    public ProviderCalendar {
        bookings = bookings.clone();
        Arrays.sort(bookings, Comparator.comparingLong(Booking::start));
    }

    /** The same calendar with nobody booked. */
    ProviderCalendar withoutBookings() {
        return new ProviderCalendar(windows, regular, timeOff, new Booking[0]);
    }

    long longestBooking() {
        long longest = 0;
        for (Booking booking : bookings) {
            longest = Math.max(longest, booking.end() - booking.start());
        }
        return longest;
    }
}
