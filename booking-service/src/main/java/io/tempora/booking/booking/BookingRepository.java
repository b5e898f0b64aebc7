package io.tempora.booking.booking;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import io.tempora.persistence.OrganizationScopedRepository;

@ApplicationScoped
public class BookingRepository implements OrganizationScopedRepository<Booking> {

    @Override
    public String entityName() {
        return "booking";
    }

    /** The provider's live bookings whose occupied intervals overlap {@code [from, to)}, other than {@code excluded}. */
    public Uni<List<Booking>> liveOverlapping(UUID providerId, Instant from, Instant to, UUID excluded) {
        return list("providerId = :provider and status <> :cancelled and occupiedStart < :to and occupiedEnd > :from"
                        + " and id <> :excluded",
                Parameters.with("provider", providerId).and("cancelled", BookingStatus.CANCELLED)
                        .and("to", to).and("from", from).and("excluded", excluded));
    }

    /** The provider's live bookings that start in {@code [from, to)}, earliest first. */
    public Uni<List<Booking>> liveOfProviderStarting(UUID organizationId, UUID providerId, Instant from, Instant to) {
        return list("organizationId = ?1 and providerId = ?2 and status <> ?3 and start < ?4 and end > ?5",
                Sort.by("start"), organizationId, providerId, BookingStatus.CANCELLED, to, from);
    }

    /**
     * Per resource, how many sessions (bookings of one provider, service and start count once) hold
     * it during {@code [from, to)}, other than {@code excluded}.
     */
    public Uni<Map<UUID, Integer>> sessionsHolding(List<UUID> resourceIds, Instant from, Instant to, UUID excluded) {
        if (resourceIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return Panache.getSession().flatMap(session -> session.createNativeQuery(
                        "SELECT a.resource_id, count(DISTINCT (b.provider_id, b.service_id, b.start_at))"
                                + " FROM booking_allocation a JOIN booking b ON b.id = a.booking_id"
                                + " WHERE a.resource_id IN (?1) AND b.status <> 'CANCELLED'"
                                + " AND b.occupied_start < ?2 AND b.occupied_end > ?3 AND b.id <> ?4"
                                + " GROUP BY a.resource_id", Object[].class)
                .setParameter(1, resourceIds)
                .setParameter(2, to)
                .setParameter(3, from)
                .setParameter(4, excluded)
                .getResultList())
                .map(rows -> {
                    Map<UUID, Integer> holding = new HashMap<>();
                    rows.forEach(row -> holding.put((UUID) row[0], ((Number) row[1]).intValue()));
                    return holding;
                });
    }

    /** Makes the booking hold exactly these resources (none once it is cancelled). */
    public Uni<Void> allocate(UUID bookingId, List<UUID> resourceIds) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery(
                                "DELETE FROM booking_allocation WHERE booking_id = ?1")
                        .setParameter(1, bookingId).executeUpdate()
                        .chain(() -> {
                            if (resourceIds.isEmpty()) {
                                return Uni.createFrom().item(0);
                            }
                            List<String> rows = new ArrayList<>();
                            for (int i = 0; i < resourceIds.size(); i++) {
                                rows.add("(?1, ?" + (i + 2) + ")");
                            }
                            var insert = session.createNativeQuery("INSERT INTO booking_allocation (booking_id, resource_id) VALUES "
                                    + String.join(", ", rows)).setParameter(1, bookingId);
                            for (int i = 0; i < resourceIds.size(); i++) {
                                insert.setParameter(i + 2, resourceIds.get(i));
                            }
                            return insert.executeUpdate();
                        }))
                .replaceWithVoid();
    }

    /** What the assignment strategies weigh for these providers around {@code start}. */
    public Uni<Assignment.Load> load(UUID serviceId, List<UUID> providers, Instant dayStart, Instant dayEnd) {
        Map<UUID, Long> booked = new HashMap<>();
        Map<UUID, Instant> lastAssigned = new HashMap<>();
        return getSession().flatMap(session -> session.createSelectionQuery(
                                "select b.providerId, count(b) from Booking b where b.providerId in :providers"
                                        + " and b.status <> :cancelled and b.start >= :from and b.start < :to"
                                        + " group by b.providerId", Object[].class)
                        .setParameter("providers", providers).setParameter("cancelled", BookingStatus.CANCELLED)
                        .setParameter("from", dayStart).setParameter("to", dayEnd)
                        .getResultList()
                        .invoke(rows -> rows.forEach(row -> booked.put((UUID) row[0], (Long) row[1])))
                        .chain(() -> session.createSelectionQuery(
                                        "select b.providerId, max(b.createdAt) from Booking b where b.serviceId = :service"
                                                + " and b.providerId in :providers group by b.providerId", Object[].class)
                                .setParameter("service", serviceId).setParameter("providers", providers)
                                .getResultList())
                        .invoke(rows -> rows.forEach(row -> lastAssigned.put((UUID) row[0], (Instant) row[1]))))
                .replaceWith(() -> new Assignment.Load(booked, lastAssigned));
    }

    public PanacheQuery<Booking> filtered(UUID organizationId, BookingFilter filter) {
        StringBuilder query = new StringBuilder("organizationId = :organization");
        Parameters parameters = Parameters.with("organization", organizationId);
        if (filter.providerId != null) {
            query.append(" and providerId = :provider");
            parameters.and("provider", filter.providerId);
        }
        if (filter.clientId != null) {
            query.append(" and clientId = :client");
            parameters.and("client", filter.clientId);
        }
        if (filter.serviceId != null) {
            query.append(" and serviceId = :service");
            parameters.and("service", filter.serviceId);
        }
        if (filter.status != null) {
            query.append(" and status = :status");
            parameters.and("status", filter.status);
        }
        if (filter.from != null) {
            query.append(" and end > :from");
            parameters.and("from", filter.from.toInstant());
        }
        if (filter.to != null) {
            query.append(" and start < :to");
            parameters.and("to", filter.to.toInstant());
        }
        return find(query.toString(), Sort.by("start").and("id"), parameters);
    }
}
