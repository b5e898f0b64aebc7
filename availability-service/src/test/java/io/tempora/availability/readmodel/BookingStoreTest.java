package io.tempora.availability.readmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

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
        assertEquals(1, store.forgetEndedBy(start.plus(Duration.ofHours(2)), (id, provider, client, version) -> { }));
        store.put(occupancy(UUID.randomUUID(), start.plus(Duration.ofDays(2)), List.of(), 1));

        assertEquals(2, store.size());
        assertEquals(true, store.bookingIds().contains(late));
    }

    /**
     * One change to the book: a booking of {@code ids[booking]} put at a time (its appointment
     * {@code lead} seconds after its start, this version applied), removed, or everything ended by
     * a time forgotten.
     */
    record Change(int kind, int booking, long start, long length, long lead, long version) {
        static final int PUT = 0;
        static final int REMOVE = 1;
        static final int FORGET_ENDED = 2;
    }

    /** A question about {@code [from, from + length)}. */
    record Range(long from, long length) {
    }

    /**
     * Whatever was put, moved, removed or forgotten, a range visits exactly the bookings that
     * overlap it, each once and with its times as put: those a plain map of every booking's
     * interval says overlap. Removing or forgetting a booking tells its latest version applied.
     */
    @Property(tries = 1000)
    void aRangeVisitsExactlyTheBookingsThatOverlapIt(@ForAll("changes") List<Change> changes,
                                                     @ForAll("ranges") List<Range> ranges) {
        BookingStore book = new BookingStore();
        UUID[] ids = new UUID[12];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = UUID.randomUUID();
        }
        Map<UUID, Seen> held = new HashMap<>();
        Map<UUID, Long> versions = new HashMap<>();
        for (Change change : changes) {
            UUID id = ids[change.booking()];
            switch (change.kind()) {
                case Change.PUT -> {
                    Instant from = Instant.ofEpochSecond(change.start());
                    Instant to = from.plusSeconds(change.length());
                    Instant appointment = from.plusSeconds(change.lead());
                    book.put(new OccupancySnapshot(id, organization, service, provider, null, List.of(), from, to,
                            appointment, 1, OccupancySnapshot.Status.CONFIRMED, change.version()));
                    book.versionApplied(id, change.version());
                    held.put(id, new Seen(id, provider, service, change.start(), to.getEpochSecond(),
                            appointment.getEpochSecond(), 1, List.of()));
                    versions.merge(id, change.version(), Math::max);
                }
                case Change.REMOVE -> {
                    long expected = held.remove(id) == null ? BookingStore.NO_VERSION : versions.remove(id);
                    assertEquals(expected, book.remove(id), "version of the booking removed");
                }
                default -> {
                    Map<UUID, Long> told = new HashMap<>();
                    book.forgetEndedBy(Instant.ofEpochSecond(change.start()), (ended, p, c, v) -> told.put(ended, v));
                    Map<UUID, Long> expected = new HashMap<>();
                    held.values().removeIf(booking -> {
                        boolean ended = booking.end() <= change.start();
                        if (ended) {
                            expected.put(booking.booking(), versions.remove(booking.booking()));
                        }
                        return ended;
                    });
                    assertEquals(expected, told, "bookings ended by " + change.start() + " and their versions");
                }
            }
        }
        for (Range range : ranges) {
            long from = range.from();
            long to = range.from() + range.length();
            Set<Seen> expected = new HashSet<>();
            held.values().forEach(booking -> {
                if (booking.start() < to && from < booking.end()) {
                    expected.add(booking);
                }
            });
            List<Seen> visited = new ArrayList<>();
            book.forEachOverlapping(from, to, (id, p, s, start, end, appointment, seats, resources) ->
                    visited.add(new Seen(id, p, s, start, end, appointment, seats, resources)));
            assertEquals(expected, new HashSet<>(visited), "bookings overlapping [" + from + ", " + to + ")");
            assertEquals(visited.size(), new HashSet<>(visited).size(), "each booking visited once");
        }
        versions.forEach((id, version) -> assertEquals(version, book.version(id), "version held"));
    }

    /**
     * Around 40 days of January 2027, times on any second, bookings from a second to four days
     * long, their appointments anywhere in them, versions small and (rarely in a booking's life) large.
     */
    private static final long JANUARY = Instant.parse("2027-01-01T00:00:00Z").getEpochSecond();

    @Provide
    Arbitrary<List<Change>> changes() {
        Arbitrary<Long> time = Arbitraries.longs().between(JANUARY - 5 * 86_400, JANUARY + 35 * 86_400);
        Arbitrary<Long> length = Arbitraries.oneOf(Arbitraries.longs().between(1, 7_200),
                Arbitraries.longs().between(1, 4 * 86_400));
        Arbitrary<Integer> kind = Arbitraries.frequencyOf(
                Tuple.of(8, Arbitraries.just(Change.PUT)),
                Tuple.of(2, Arbitraries.just(Change.REMOVE)),
                Tuple.of(1, Arbitraries.just(Change.FORGET_ENDED)));
        Arbitrary<Double> leadShare = Arbitraries.doubles().between(0, 1);
        Arbitrary<Long> version = Arbitraries.oneOf(Arbitraries.longs().between(0, 70_000),
                Arbitraries.longs().between(0, Long.MAX_VALUE));
        return Combinators.combine(kind, Arbitraries.integers().between(0, 11), time, length, leadShare, version)
                .as((what, booking, from, span, share, applied) ->
                        new Change(what, booking, from, span, (long) (span * share), applied))
                .list().ofMaxSize(40);
    }

    @Provide
    Arbitrary<List<Range>> ranges() {
        Arbitrary<Long> from = Arbitraries.longs().between(JANUARY - 10 * 86_400, JANUARY + 40 * 86_400);
        Arbitrary<Long> length = Arbitraries.oneOf(Arbitraries.longs().between(1, 3 * 86_400),
                Arbitraries.longs().between(1, 60 * 86_400));
        return Combinators.combine(from, length).as(Range::new).list().ofMinSize(1).ofMaxSize(10);
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
