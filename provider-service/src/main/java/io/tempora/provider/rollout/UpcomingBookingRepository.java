package io.tempora.provider.rollout;

import java.util.List;
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

    /** The bookings as their latest snapshots have them (one per booking): with whom, until when. */
    Uni<Void> keep(List<OccupancySnapshot> snapshots) {
        if (snapshots.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return Panache.getSession().chain(session -> session.createNativeQuery("INSERT INTO upcoming_booking"
                                + " (booking_id, organization_id, provider_id, ends_at)"
                                + " SELECT * FROM unnest(CAST(?1 AS uuid[]), CAST(?2 AS uuid[]), CAST(?3 AS uuid[]),"
                                + " CAST(CAST(?4 AS text[]) AS timestamptz[]))"
                                + " ON CONFLICT (booking_id)"
                                + " DO UPDATE SET provider_id = excluded.provider_id, ends_at = excluded.ends_at")
                        .setParameter(1, snapshots.stream().map(OccupancySnapshot::bookingId).toArray(UUID[]::new))
                        .setParameter(2, snapshots.stream().map(OccupancySnapshot::organizationId).toArray(UUID[]::new))
                        .setParameter(3, snapshots.stream().map(OccupancySnapshot::providerId).toArray(UUID[]::new))
                        // as ISO-8601 text: Hibernate hands the reactive client a timestamp array as
                        // Instant[], which it cannot encode
                        .setParameter(4, snapshots.stream().map(snapshot -> snapshot.end().toString()).toArray(String[]::new))
                        .executeUpdate())
                .replaceWithVoid();
    }

    /** The bookings are nobody's upcoming bookings any more. */
    Uni<Void> forget(List<UUID> bookingIds) {
        if (bookingIds.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return Panache.getSession().chain(session -> session.createNativeQuery(
                                "DELETE FROM upcoming_booking WHERE booking_id = ANY(CAST(?1 AS uuid[]))")
                        .setParameter(1, bookingIds.toArray(UUID[]::new)).executeUpdate())
                .replaceWithVoid();
    }
}
