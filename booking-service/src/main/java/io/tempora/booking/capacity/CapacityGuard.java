package io.tempora.booking.capacity;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.tempora.booking.booking.Booking;
import io.tempora.booking.booking.BookingRepository;
import io.tempora.contracts.rules.Conflict;
import io.tempora.kit.problem.ProblemException;
import io.tempora.kit.problem.ProblemType;
import io.tempora.slots.Allocation;
import io.tempora.slots.Requirement;
import io.tempora.slots.Resource;
import io.tempora.slots.Session;
import io.tempora.slots.SlotCheck;

/**
 * The authority on capacity: decides, inside the caller's transaction, whether a provider's seats
 * and the required resources are free for a claim, with the slot engine's rules fed with the
 * bookings and allocations in this database, and takes them through the {@link CapacityLedger}.
 * Whatever availability-service said, no seat or resource is given twice.
 */
@ApplicationScoped
public class CapacityGuard {

    private final CapacityLedger ledger;
    private final BookingRepository bookings;

    public CapacityGuard(CapacityLedger ledger, BookingRepository bookings) {
        this.ledger = ledger;
        this.bookings = bookings;
    }

    /**
     * Where a claim was placed, and how many seats its session has left.
     *
     * @param warnings capacity conflicts staff overrode (a busy or missing resource)
     */
    public record Placement(UUID providerId, Claim.Interval interval, List<UUID> resourceIds, int seatsLeft,
                            List<Conflict> warnings) {

        /** Where an appointment that occupies nothing (one imported as cancelled) stands. */
        public static Placement occupyingNothing(Claim claim, UUID providerId) {
            return new Placement(providerId, claim.interval(providerId), List.of(), 0, List.of());
        }
    }

    /**
     * Places the claim with the first of {@code providers} that has room.
     *
     * @return a 409 listing the conflicts when none has
     */
    public Uni<Placement> place(Claim claim, List<UUID> providers) {
        return placeWithFirstFree(claim, providers, 0, EnumSet.noneOf(Conflict.class));
    }

    private Uni<Placement> placeWithFirstFree(Claim claim, List<UUID> providers, int index, Set<Conflict> conflicts) {
        if (index == providers.size()) {
            return Uni.createFrom().failure(new NoRoom(conflicts));
        }
        UUID provider = providers.get(index);
        Claim.Interval interval = claim.interval(provider);
        return ledger.take(keys(claim, provider, interval))
                .chain(() -> bookings.liveOverlapping(provider, interval.occupiedStart(), interval.occupiedEnd(),
                        claim.bookingId()))
                .chain(overlapping -> bookings.allocationsOf(claim.resourceOptions(), interval.occupiedStart(),
                                interval.occupiedEnd(), claim.bookingId())
                        .map(allocations -> SlotCheck.capacity(claim.rules(provider), claim.seats(),
                                occupants(claim, overlapping), claim.start().getEpochSecond(),
                                requirements(claim, allocations), claim.chosen(), claim.overriding()))
                        .chain(result -> {
                            List<Conflict> blocking = claim.overriding()
                                    ? result.conflicts().stream().filter(conflict -> conflict == Conflict.APPOINTMENT_CONFLICT).toList()
                                    : result.conflicts();
                            if (!blocking.isEmpty()) {
                                conflicts.addAll(blocking);
                                return placeWithFirstFree(claim, providers, index + 1, conflicts);
                            }
                            List<UUID> resources = result.joinsSession()
                                    ? sessionResources(overlapping, result.session().id()) : result.pickedResources();
                            return Uni.createFrom().item(new Placement(provider, interval, resources,
                                    result.remainingSeats() - claim.seats(), result.conflicts()));
                        }));
    }

    private static io.tempora.slots.Booking[] occupants(Claim claim, List<Booking> overlapping) {
        return overlapping.stream().map(booking -> new io.tempora.slots.Booking(booking.id,
                        booking.occupiedStart.getEpochSecond(), booking.occupiedEnd.getEpochSecond(),
                        booking.start.getEpochSecond(), booking.serviceId.equals(claim.serviceId()), booking.seats))
                .toArray(io.tempora.slots.Booking[]::new);
    }

    /** The engine's requirements: each allocatable resource with the sessions holding it around the claim. */
    private static List<Requirement> requirements(Claim claim, List<BookingRepository.HeldResource> held) {
        Map<UUID, List<Allocation>> byResource = new HashMap<>();
        for (BookingRepository.HeldResource allocation : held) {
            byResource.computeIfAbsent(allocation.resourceId(), id -> new ArrayList<>()).add(new Allocation(
                    allocation.occupiedStart().getEpochSecond(), allocation.occupiedEnd().getEpochSecond(),
                    new Session(allocation.providerId(), allocation.serviceId(), allocation.start().getEpochSecond())));
        }
        return claim.required().stream().map(type -> new Requirement(type.resourceTypeId(), type.quantity(),
                type.allocatable().stream().map(resource -> Resource.held(resource.id(), resource.name(),
                        resource.capacity(), byResource.getOrDefault(resource.id(), List.of()))).toList())).toList();
    }

    /** A claim that joins a group session holds the resources the session holds. */
    private static List<UUID> sessionResources(List<Booking> overlapping, UUID sessionBooking) {
        return overlapping.stream().filter(booking -> booking.id.equals(sessionBooking)).findFirst()
                .map(booking -> booking.resourceIds).orElse(List.of());
    }

    private static TreeSet<LedgerKey> keys(Claim claim, UUID provider, Claim.Interval interval) {
        TreeSet<LedgerKey> keys = new TreeSet<>();
        List<UUID> subjects = new ArrayList<>(claim.resourceOptions());
        subjects.add(provider);
        for (UUID subject : subjects) {
            for (var day : interval.days()) {
                keys.add(new LedgerKey(subject, day));
            }
        }
        return keys;
    }

    /** No provider tried had the seats or resources: a 409 listing why. */
    public static final class NoRoom extends ProblemException {

        private final Set<Conflict> conflicts;

        NoRoom(Set<Conflict> conflicts) {
            super(ProblemType.CONFLICT, conflicts.contains(Conflict.APPOINTMENT_CONFLICT)
                            ? "the provider is already booked at that time" : "not enough free resources at that time",
                    List.of(), Map.of("conflicts", List.copyOf(conflicts)), null);
            this.conflicts = Set.copyOf(conflicts);
        }

        public Set<Conflict> conflicts() {
            return conflicts;
        }
    }
}
