package io.tempora.booking.capacity;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Whether a provider can take a claim, given its live bookings whose occupied intervals overlap
 * the claim's. A provider does one thing at a time: any overlapping booking of another service or
 * start keeps it busy. A group service shares a slot: bookings of the same service at the same
 * start form one session, which holds {@code capacity} seats and one set of resources.
 */
public final class SeatRules {

    private SeatRules() {
    }

    /** A live booking of the provider that overlaps the claim. */
    public record Occupant(UUID serviceId, Instant start, int seats, List<UUID> resourceIds) {
    }

    public sealed interface Verdict {
    }

    /**
     * @param sessionResources when the claim joins a session: the resources the session holds; null for a new one
     */
    public record Free(int seatsLeftAfter, List<UUID> sessionResources) implements Verdict {
    }

    /** Another appointment keeps the provider busy. */
    public record Busy() implements Verdict {
    }

    /** The session has fewer seats left than asked for. */
    public record Full(int seatsLeft) implements Verdict {
    }

    public static Verdict decide(UUID serviceId, Instant start, int seats, int capacity, List<Occupant> overlapping) {
        int taken = 0;
        for (Occupant occupant : overlapping) {
            if (!occupant.serviceId().equals(serviceId) || !occupant.start().equals(start)) {
                return new Busy();
            }
            taken += occupant.seats();
        }
        if (taken + seats > capacity) {
            return new Full(Math.max(0, capacity - taken));
        }
        return new Free(capacity - taken - seats, overlapping.isEmpty() ? null : overlapping.get(0).resourceIds());
    }
}
