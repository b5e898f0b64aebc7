package io.tempora.availability.readmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.tempora.contracts.booking.OccupancySnapshot;

class BookingStoreTest {

    private final BookingStore store = new BookingStore();
    private final UUID organization = UUID.randomUUID();
    private final UUID provider = UUID.randomUUID();
    private final UUID service = UUID.randomUUID();
    private final Instant start = Instant.parse("2027-01-04T14:00:00Z");

    record Seen(UUID booking, UUID provider, UUID service, long start, long end, long appointmentStart, int seats,
                List<UUID> resources) {
    }

    @Test
    void aBookingReadsBackExactlyAsPublishedAndAnUpdateReplacesIt() {
        UUID booking = UUID.randomUUID();
        List<UUID> rooms = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        store.put(occupancy(booking, start, rooms, 3));

        assertEquals(List.of(new Seen(booking, provider, service, start.getEpochSecond() - 600,
                start.getEpochSecond() + 3600, start.getEpochSecond(), 3, rooms)), seen());

        store.put(occupancy(booking, start.plus(Duration.ofHours(1)), List.of(), 1));
        assertEquals(1, seen().size());
        assertEquals(List.of(), seen().get(0).resources());
        assertEquals(start.getEpochSecond() + 3600, seen().get(0).appointmentStart());
    }

    @Test
    void removedAndEndedBookingsAreGoneAndTheirSpaceIsReused() {
        UUID early = UUID.randomUUID();
        UUID late = UUID.randomUUID();
        UUID removed = UUID.randomUUID();
        store.put(occupancy(early, start, List.of(), 1));
        store.put(occupancy(late, start.plus(Duration.ofDays(1)), List.of(), 1));
        store.put(occupancy(removed, start, List.of(), 1));

        store.remove(removed);
        assertEquals(1, store.forgetEndedBy(start.plus(Duration.ofHours(2)), (provider, client) -> { }));
        store.put(occupancy(UUID.randomUUID(), start.plus(Duration.ofDays(2)), List.of(), 1));

        assertEquals(2, store.size());
        assertEquals(true, store.bookingIds().contains(late));
    }

    private List<Seen> seen() {
        List<Seen> seen = new ArrayList<>();
        store.forEach((booking, p, s, from, to, appointment, seats, resources) ->
                seen.add(new Seen(booking, p, s, from, to, appointment, seats, resources)));
        return seen;
    }

    private OccupancySnapshot occupancy(UUID booking, Instant appointment, List<UUID> resources, int seats) {
        return new OccupancySnapshot(booking, organization, service, provider, UUID.randomUUID(), resources,
                appointment.minus(Duration.ofMinutes(10)), appointment.plus(Duration.ofHours(1)), appointment, seats,
                OccupancySnapshot.Status.CONFIRMED, 0);
    }
}
