package io.tempora.booking.booking;

public enum BookingStatus {
    CONFIRMED,
    /** Its provider went on leave and nobody could take it over; it keeps its time and resources until staff move it. */
    NEEDS_REASSIGNMENT,
    CANCELLED;

    public boolean live() {
        return this != CANCELLED;
    }
}
