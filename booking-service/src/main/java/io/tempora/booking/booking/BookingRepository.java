package io.tempora.booking.booking;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import io.tempora.contracts.rules.AppointmentLimits;
import io.tempora.persistence.OrganizationScopedRepository;

@ApplicationScoped
public class BookingRepository implements OrganizationScopedRepository<Booking> {

    /**
     * Not cancelled, written as a literal: the indexes of live bookings hold only those, and a
     * prepared statement's generic plan for a bound status could not use them.
     */
    private static final String LIVE = "status <> " + BookingStatus.class.getName() + "." + BookingStatus.CANCELLED.name();

    @Override
    public String entityName() {
        return "booking";
    }

    /**
     * The earliest a booking overlapping {@code from} can have started: the queries for what a
     * time overlaps read the bookings that start from then on, not the whole history before.
     */
    private static Instant earliestStartOverlapping(Instant from) {
        return from.minus(AppointmentLimits.LONGEST_OCCUPANCY);
    }

    /** The provider's live bookings whose occupied intervals overlap {@code [from, to)}, other than {@code excluded}. */
    public Uni<List<Booking>> liveOverlapping(UUID providerId, Instant from, Instant to, UUID excluded) {
        return list("providerId = :provider and " + LIVE + " and occupiedStart >= :earliest and occupiedStart < :to"
                        + " and occupiedEnd > :from and id <> :excluded",
                Parameters.with("provider", providerId).and("earliest", earliestStartOverlapping(from)).and("to", to)
                        .and("from", from).and("excluded", excluded));
    }

    /** The provider's live bookings whose appointments overlap {@code [from, to)}, earliest first. */
    public Uni<List<Booking>> liveOfProviderOverlapping(UUID organizationId, UUID providerId, Instant from, Instant to) {
        return list("providerId = ?1 and " + LIVE + " and occupiedStart >= ?2 and start < ?3 and end > ?4"
                        + " and organizationId = ?5", Sort.by("start"), providerId, earliestStartOverlapping(from), to, from,
                organizationId);
    }

    /** Bookings whose occupancy record may retire: ended, or cancelled, before {@code cutoff}, oldest first. */
    public Uni<List<Booking>> occupancyToRetire(Instant cutoff, int limit) {
        return find("occupancyRetiredAt is null and (occupiedEnd < :cutoff or (status = :cancelled and updatedAt < :cutoff))",
                Sort.by("occupiedEnd"), Parameters.with("cutoff", cutoff).and("cancelled", BookingStatus.CANCELLED))
                .page(0, limit).list();
    }

    /** Those of {@code providers} with whom the client has a booking that was not cancelled, ahead or past. */
    public Uni<Set<UUID>> providersOfClient(UUID organizationId, UUID clientId, Collection<UUID> providers) {
        return getSession().flatMap(session -> session.createSelectionQuery(
                        "select distinct b.providerId from Booking b where b.organizationId = :organization"
                                + " and b.clientId = :client and b.providerId in :providers and b." + LIVE,
                        UUID.class)
                        .setParameter("organization", organizationId).setParameter("client", clientId)
                        .setParameter("providers", providers).getResultList())
                .map(Set::copyOf);
    }

    /** A live booking holding a resource: which session it belongs to and when it occupies the resource. */
    public record HeldResource(UUID resourceId, UUID providerId, UUID serviceId, Instant start, Instant occupiedStart,
                               Instant occupiedEnd) {
    }

    /** The live bookings, other than {@code excluded}, holding any of the resources during {@code [from, to)}. */
    public Uni<List<HeldResource>> allocationsOf(List<UUID> resourceIds, Instant from, Instant to, UUID excluded) {
        if (resourceIds.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return getSession().flatMap(session -> session.createSelectionQuery(
                        "select a.resourceId, b.providerId, b.serviceId, b.start, b.occupiedStart, b.occupiedEnd"
                                + " from Allocation a, Booking b"
                                + " where b.id = a.bookingId and a.resourceId in :resources and a.occupiedStart >= :earliest"
                                + " and a.occupiedStart < :to and b." + LIVE + " and b.occupiedEnd > :from and b.id <> :excluded",
                                Object[].class)
                        .setParameter("resources", resourceIds).setParameter("earliest", earliestStartOverlapping(from))
                        .setParameter("to", to).setParameter("from", from).setParameter("excluded", excluded)
                        .getResultList())
                .map(rows -> rows.stream().map(row -> new HeldResource((UUID) row[0], (UUID) row[1], (UUID) row[2],
                        (Instant) row[3], (Instant) row[4], (Instant) row[5])).toList());
    }

    /** Records that the booking holds its resources (it holds none yet). */
    public Uni<Void> allocate(Booking booking) {
        List<Allocation> allocations = booking.resourceIds.stream().map(resourceId -> {
            Allocation allocation = new Allocation();
            allocation.bookingId = booking.id;
            allocation.resourceId = resourceId;
            allocation.occupiedStart = booking.occupiedStart;
            return allocation;
        }).toList();
        return getSession().flatMap(session -> session.persistAll(allocations.toArray()));
    }

    /** Frees every resource the booking holds. */
    public Uni<Void> release(UUID bookingId) {
        return getSession().flatMap(session -> session.createMutationQuery("delete from Allocation where bookingId = :booking")
                .setParameter("booking", bookingId).executeUpdate()).replaceWithVoid();
    }

    /** What the assignment strategies weigh for these providers around {@code start}. */
    public Uni<Assignment.Load> load(UUID serviceId, List<UUID> providers, Instant dayStart, Instant dayEnd) {
        Map<UUID, Long> booked = new HashMap<>();
        Map<UUID, Instant> lastAssigned = new HashMap<>();
        return getSession().flatMap(session -> session.createSelectionQuery(
                                "select b.providerId, count(b) from Booking b where b.providerId in :providers"
                                        + " and b." + LIVE + " and b.occupiedStart >= :earliest and b.occupiedStart < :to"
                                        + " and b.start >= :from and b.start < :to group by b.providerId", Object[].class)
                        .setParameter("providers", providers).setParameter("earliest", earliestStartOverlapping(dayStart))
                        .setParameter("from", dayStart).setParameter("to", dayEnd)
                        .getResultList()
                        .invoke(rows -> rows.forEach(row -> booked.put((UUID) row[0], (Long) row[1])))
                        // one look-up in the service's index per provider, instead of every booking they had
                        .chain(() -> session.createNativeQuery("SELECT provider.id, (SELECT max(b.created_at)"
                                        + " FROM booking b WHERE b.service_id = ?1 AND b.provider_id = provider.id)"
                                        + " FROM unnest(CAST(?2 AS uuid[])) AS provider (id)", Object[].class)
                                .setParameter(1, serviceId).setParameter(2, providers.toArray(UUID[]::new))
                                .getResultList())
                        .invoke(rows -> rows.stream().filter(row -> row[1] != null).forEach(row ->
                                lastAssigned.put((UUID) row[0], ((OffsetDateTime) row[1]).toInstant()))))
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
        if (filter.resourceId != null) {
            query.append(" and id in (select a.bookingId from Allocation a where a.resourceId = :resource)");
            parameters.and("resource", filter.resourceId);
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
