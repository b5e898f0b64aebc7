package io.tempora.booking.capacity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.tempora.booking.booking.Booking;
import io.tempora.booking.booking.BookingRepository;
import io.tempora.kit.problem.ProblemException;
import io.tempora.kit.problem.ProblemType;

/**
 * The authority on capacity: decides, inside the caller's transaction, whether a provider's seats
 * and the required resources are free for a claim, counting the bookings in this database, and
 * takes them through the {@link CapacityLedger}. Whatever availability-service said, no seat or
 * resource is given twice.
 */
@ApplicationScoped
public class CapacityGuard {

    public static final String APPOINTMENT_CONFLICT = "APPOINTMENT_CONFLICT";
    public static final String RESOURCE_CONFLICT = "RESOURCE_CONFLICT";

    private final CapacityLedger ledger;
    private final BookingRepository bookings;

    public CapacityGuard(CapacityLedger ledger, BookingRepository bookings) {
        this.ledger = ledger;
        this.bookings = bookings;
    }

    /** Where a claim was placed, and how many seats its session has left. */
    public record Placement(UUID providerId, List<UUID> resourceIds, int seatsLeft) {
    }

    /**
     * Places the claim with the first of {@code providers} that has room.
     *
     * @return a 409 listing the conflicts when none has; a {@code LostRace} when another placement
     *         changed a count meanwhile (run the transaction again)
     */
    public Uni<Placement> place(Claim claim, List<UUID> providers) {
        return placeWithFirstFree(claim, providers, 0, new LinkedHashSet<>());
    }

    private Uni<Placement> placeWithFirstFree(Claim claim, List<UUID> providers, int index, Set<String> conflicts) {
        if (index == providers.size()) {
            return Uni.createFrom().failure(noRoom(conflicts));
        }
        UUID provider = providers.get(index);
        SortedMap<LedgerKey, Long> versions = new TreeMap<>();
        return ledger.read(keys(claim, provider))
                .invoke(versions::putAll)
                .chain(() -> bookings.liveOverlapping(provider, claim.occupiedStart(), claim.occupiedEnd(), claim.bookingId()))
                .chain(overlapping -> {
                    SeatRules.Verdict verdict = SeatRules.decide(claim.serviceId(), claim.start(), claim.seats(),
                            claim.capacity(), overlapping.stream().map(CapacityGuard::occupant).toList());
                    if (!(verdict instanceof SeatRules.Free free)) {
                        conflicts.add(APPOINTMENT_CONFLICT);
                        return placeWithFirstFree(claim, providers, index + 1, conflicts);
                    }
                    return resourcesFor(claim, free).chain(pick -> {
                        if (!pick.complete()) {
                            conflicts.add(RESOURCE_CONFLICT);
                            return placeWithFirstFree(claim, providers, index + 1, conflicts);
                        }
                        return ledger.raise(taken(versions, claim, provider, pick.resourceIds()))
                                .replaceWith(new Placement(provider, pick.resourceIds(), free.seatsLeftAfter()));
                    });
                });
    }

    /** A session keeps the resources it holds; a new one takes free ones. */
    private Uni<ResourcePicker.Pick> resourcesFor(Claim claim, SeatRules.Free free) {
        if (free.sessionResources() != null) {
            return Uni.createFrom().item(new ResourcePicker.Pick(free.sessionResources(), List.of()));
        }
        return bookings.sessionsHolding(claim.resourceOptions(), claim.occupiedStart(), claim.occupiedEnd(), claim.bookingId())
                .map(holding -> ResourcePicker.pick(claim.needs(), holding));
    }

    private static TreeSet<LedgerKey> keys(Claim claim, UUID provider) {
        TreeSet<LedgerKey> keys = new TreeSet<>();
        List<UUID> subjects = new ArrayList<>(claim.resourceOptions());
        subjects.add(provider);
        for (UUID subject : subjects) {
            for (LocalDate day : claim.days()) {
                keys.add(new LedgerKey(subject, day));
            }
        }
        return keys;
    }

    private static SortedMap<LedgerKey, Long> taken(Map<LedgerKey, Long> versions, Claim claim, UUID provider,
                                                    List<UUID> resources) {
        SortedMap<LedgerKey, Long> taken = new TreeMap<>();
        versions.forEach((key, version) -> {
            if (key.subjectId().equals(provider) || resources.contains(key.subjectId())) {
                taken.put(key, version);
            }
        });
        return taken;
    }

    private static SeatRules.Occupant occupant(Booking booking) {
        return new SeatRules.Occupant(booking.serviceId, booking.start, booking.seats, booking.resourceIds);
    }

    private static ProblemException noRoom(Set<String> conflicts) {
        return new ProblemException(ProblemType.CONFLICT, conflicts.contains(APPOINTMENT_CONFLICT)
                ? "the provider is already booked at that time" : "not enough free resources at that time",
                List.of(), Map.of("conflicts", List.copyOf(conflicts)), null);
    }
}
