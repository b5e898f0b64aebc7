package io.tempora.booking.booking;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.tempora.contracts.RecordKey;
import io.tempora.contracts.Topics;
import io.tempora.contracts.booking.BookingEvent;
import io.tempora.contracts.booking.OccupancySnapshot;
import io.tempora.persistence.outbox.Outbox;

/**
 * Announces a change of a booking through the outbox, in the transaction that makes it: what it
 * now occupies on {@code booking.occupancy.v1} (availability- and resource-service follow it) and
 * what happened on {@code booking.events.v1}.
 */
@ApplicationScoped
public class BookingEvents {

    private final Outbox outbox;

    public BookingEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    /**
     * @param previousProviderId the provider before a move, else null
     * @param previousStart      the start before a move, else null
     */
    public Uni<Void> announce(Booking booking, String type, UUID previousProviderId, Instant previousStart, String reason) {
        RecordKey key = RecordKey.of(booking.organizationId, booking.id);
        return outbox.publish(Topics.BOOKING_OCCUPANCY, key, OccupancySnapshot.TYPE, occupancy(booking))
                .chain(() -> outbox.publish(Topics.BOOKING_EVENTS, key, type, new BookingEvent(booking.id,
                        booking.organizationId, booking.serviceId, booking.providerId, previousProviderId,
                        booking.clientId, booking.start, booking.end, previousStart, booking.seats,
                        booking.resourceIds, booking.status.name(), booking.warnings, reason)));
    }

    /** The booking no longer occupies anything anyone asks about: its occupancy record leaves the topic. */
    public Uni<Void> retireOccupancy(Booking booking) {
        return outbox.tombstone(Topics.BOOKING_OCCUPANCY, RecordKey.of(booking.organizationId, booking.id));
    }

    private static OccupancySnapshot occupancy(Booking booking) {
        return new OccupancySnapshot(booking.id, booking.organizationId, booking.serviceId, booking.providerId, booking.clientId,
                booking.resourceIds, booking.occupiedStart, booking.occupiedEnd, booking.start, booking.seats,
                OccupancySnapshot.Status.valueOf(booking.status.name()), booking.version);
    }
}
