package io.tempora.booking.booking;

/**
 * Who makes a booking or moves one, as far as the rules differ: staff (owners, assistants,
 * providers) may name the provider of an auto-assigned service and take new clients onto a limited
 * panel; a client booking for themselves may not. Idempotency keys are each caller's own.
 *
 * @param subject the caller's token subject
 */
public record Booker(String subject, boolean isStaff) {

    /** booking-service itself, acting on an event (a time off's coverage). */
    public static final Booker SYSTEM = new Booker("booking-service", true);

    /** booking-service's own work, never a caller's, whatever its token's subject. */
    public boolean isThisService() {
        return this == SYSTEM;
    }
}
