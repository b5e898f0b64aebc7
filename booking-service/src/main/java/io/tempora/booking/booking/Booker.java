package io.tempora.booking.booking;

/**
 * Who makes a booking or moves one, as far as the rules differ: staff (owners, assistants,
 * providers) may name the provider of an auto-assigned service and take new clients onto a limited
 * panel; a client booking for themselves may not.
 */
public enum Booker {
    STAFF,
    CLIENT;

    public boolean isStaff() {
        return this == STAFF;
    }
}
