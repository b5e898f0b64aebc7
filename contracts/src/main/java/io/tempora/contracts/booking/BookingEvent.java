package io.tempora.contracts.booking;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What happened to a booking, on {@code booking.events.v1}, keyed by booking id. One payload for
 * every type, so that a consumer reads the booking as it is after the change and, for moves, where
 * it came from.
 *
 * @param previousProviderId for {@link #RESCHEDULED} and {@link #REASSIGNED}: the provider before, else null
 * @param previousStart      for {@link #RESCHEDULED}: the start before, else null
 * @param status             {@code CONFIRMED}, {@code NEEDS_REASSIGNMENT} or {@code CANCELLED}
 * @param warnings           conflicts staff overrode when booking, empty otherwise
 * @param reason             why it was cancelled, moved or could not be reassigned, when known
 */
public record BookingEvent(
        UUID bookingId,
        UUID organizationId,
        UUID serviceId,
        UUID providerId,
        UUID previousProviderId,
        UUID clientId,
        Instant start,
        Instant end,
        Instant previousStart,
        int seats,
        List<UUID> resourceIds,
        String status,
        List<String> warnings,
        String reason) {

    public static final String CREATED = "booking_created";
    public static final String RESCHEDULED = "booking_rescheduled";
    public static final String CANCELLED = "booking_cancelled";
    /** Moved to another provider because its provider is away (coverage). */
    public static final String REASSIGNED = "booking_reassigned";
    /** Its provider is away and nobody could take it over: staff must act. */
    public static final String NEEDS_REASSIGNMENT = "booking_needs_reassignment";
}
