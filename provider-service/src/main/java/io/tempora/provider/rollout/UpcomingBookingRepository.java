package io.tempora.provider.rollout;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.tempora.contracts.booking.OccupancySnapshot;

/**
 * The live bookings by provider and end (table {@code upcoming_booking}), as booking-service's
 * occupancy says. Used in the caller's session and transaction.
 */
@ApplicationScoped
public class UpcomingBookingRepository {

    /** The booking as its latest snapshot has it: with whom, until when. */
    Uni<Void> keep(OccupancySnapshot snapshot) {
        return Panache.getSession().chain(session -> session.createNativeQuery("INSERT INTO upcoming_booking"
                                + " (booking_id, organization_id, provider_id, ends_at) VALUES (?1, ?2, ?3, ?4)"
                                + " ON CONFLICT (booking_id)"
                                + " DO UPDATE SET provider_id = excluded.provider_id, ends_at = excluded.ends_at")
                        .setParameter(1, snapshot.bookingId()).setParameter(2, snapshot.organizationId())
                        .setParameter(3, snapshot.providerId()).setParameter(4, snapshot.end())
                        .executeUpdate())
                .replaceWithVoid();
    }

    /** The booking is nobody's upcoming booking any more. */
    Uni<Void> forget(UUID bookingId) {
        return Panache.getSession().chain(session -> session.createNativeQuery(
                                "DELETE FROM upcoming_booking WHERE booking_id = ?1")
                        .setParameter(1, bookingId).executeUpdate())
                .replaceWithVoid();
    }
}
