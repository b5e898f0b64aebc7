package io.tempora.slots;

import java.util.Arrays;
import java.util.Comparator;

/**
 * One provider as the engine sees it. Kept by availability-service's read model and read by every
 * query, so what each query would otherwise work out again (the bookings' order, their starts
 * side by side, the longest of them) is worked out once here.
 */
public final class ProviderCalendar {

    private final long[] windows;
    private final long[] regular;
    private final long[] timeOff;
    private final Booking[] bookings;
    /** The bookings' occupied starts, in their order: the engine's walk reads these, not each booking. */
    private final long[] bookingStarts;
    private final long longestBooking;

    /**
     * @param windows  when it works (flat sorted pairs, see {@link Spans}); {@link WorkingWindows#of}
     * @param regular  when its weekly schedule alone says it works, to word conflicts
     * @param timeOff  approved time off, normalized
     * @param bookings its active bookings, in any order
     */
    public ProviderCalendar(long[] windows, long[] regular, long[] timeOff, Booking[] bookings) {
        this.windows = windows;
        this.regular = regular;
        this.timeOff = timeOff;
        this.bookings = bookings.clone();
        // the read model hands them over in order: checking is a pass, sorting them again was a tenth of a search
        if (!inStartOrder(this.bookings)) {
            Arrays.sort(this.bookings, Comparator.comparingLong(Booking::start));
        }
        this.bookingStarts = new long[this.bookings.length];
        long longest = 0;
        for (int i = 0; i < this.bookings.length; i++) {
            bookingStarts[i] = this.bookings[i].start();
            longest = Math.max(longest, this.bookings[i].end() - this.bookings[i].start());
        }
        this.longestBooking = longest;
    }

    private static boolean inStartOrder(Booking[] bookings) {
        for (int i = 1; i < bookings.length; i++) {
            if (bookings[i].start() < bookings[i - 1].start()) {
                return false;
            }
        }
        return true;
    }

    public long[] windows() {
        return windows;
    }

    public long[] regular() {
        return regular;
    }

    public long[] timeOff() {
        return timeOff;
    }

    /** Its active bookings by start. */
    public Booking[] bookings() {
        return bookings;
    }

    long[] bookingStarts() {
        return bookingStarts;
    }

    long longestBooking() {
        return longestBooking;
    }

    /** The same calendar with nobody booked. */
    ProviderCalendar withoutBookings() {
        return new ProviderCalendar(windows, regular, timeOff, new Booking[0]);
    }
}
