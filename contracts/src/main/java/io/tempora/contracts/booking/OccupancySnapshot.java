package io.tempora.contracts.booking;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What one booking occupies, on {@code booking.occupancy.v1}, keyed by booking id: the provider's
 * seats and the resources it holds during {@code [start, end)}, buffers included. A cancelled
 * booking occupies nothing.
 *
 * @param clientId         whose booking it is: availability tells a provider's existing clients
 *                         from new ones by it (caseload panels)
 * @param appointmentStart the appointment's own start (without buffers): bookings of a group
 *                         service share a slot by it
 */
public record OccupancySnapshot(
        UUID bookingId,
        UUID organizationId,
        UUID serviceId,
        UUID providerId,
        UUID clientId,
        List<UUID> resourceIds,
        Instant start,
        Instant end,
        Instant appointmentStart,
        int seats,
        Status status,
        long version) {

    public static final String TYPE = "occupancy_snapshot";

    /** {@code NEEDS_REASSIGNMENT}: its provider went on leave and nobody covers it yet; it still holds its time and resources. */
    public enum Status {
        CONFIRMED, NEEDS_REASSIGNMENT, CANCELLED
    }

    public boolean occupies() {
        return status != Status.CANCELLED;
    }
}
