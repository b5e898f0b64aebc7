package io.tempora.contracts.booking;

import java.time.Instant;
import java.util.UUID;

/**
 * An appointment of a practice brought in by an import, on {@code booking.imports.v1}, keyed by
 * the booking id it is to become: provider-service placed it (its service is known, it lies within
 * business hours, it overlaps no other) and booking-service makes it a booking of that provider,
 * once, however often the record arrives.
 *
 * @param externalId the appointment's id in the system it came from
 * @param clientId   stable per client of the practice, so that one client's appointments share it
 * @param start      the appointment itself, without the service's buffers
 */
public record ImportedAppointment(
        UUID bookingId,
        UUID organizationId,
        UUID providerId,
        UUID serviceId,
        String externalId,
        UUID clientId,
        String clientName,
        String clientEmail,
        String clientPhone,
        Instant start,
        Instant end,
        Status status) {

    public static final String TYPE = "appointment_imported";

    /** Cancelled appointments come along for the record; they occupy nothing. */
    public enum Status {
        CONFIRMED, CANCELLED
    }
}
