package io.tempora.availability.slots;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import io.tempora.availability.readmodel.OrganizationState;
import io.tempora.contracts.provider.ProviderSnapshot;
import io.tempora.contracts.resource.ResourceSnapshot;
import io.tempora.slots.Allocation;
import io.tempora.slots.Booking;
import io.tempora.slots.OrganizationHours;
import io.tempora.slots.ProviderHours;
import io.tempora.slots.Resource;
import io.tempora.slots.ResourcePool;
import io.tempora.slots.Session;
import io.tempora.slots.Spans;
import io.tempora.slots.WorkingWindows;

/**
 * What every search of one organization needs from its state, worked out once per change of the
 * organization rather than once per question: the organization's and each provider's hours, each
 * provider's bookings by start, each resource as its sessions hold it, each provider's time off. A
 * search then takes the bookings near its range by binary search, and each required type's
 * resources whole, as one {@link ResourcePool} whose allocations the engine follows by time (merged
 * by the first search that asks, and kept for the others). Each provider's working windows are kept
 * by date as searches ask for them: searches of the coming weeks share their dates.
 */
final class OrganizationInputs {

    /** About what one booking costs here: its sorted entry with its id, and its start in a second array. */
    private static final long BYTES_PER_BOOKING = 120;
    /**
     * About what one allocation costs: its interval in the resource's sorted pairs, its start and end
     * sorted apart, and both again with the resource's index in its type's timeline.
     */
    private static final long BYTES_PER_ALLOCATION = 56;
    /** About what one provider's or resource's entry costs without its bookings. */
    private static final long BYTES_PER_ENTRY = 200;
    /** About what one provider's hours cost: a weekly schedule or two of a few blocks, and its date overrides. */
    private static final long BYTES_PER_HOURS = 800;
    /**
     * Dates of windows kept per provider: those of one longest search (its range and the dates at its
     * edges in other zones). When more are asked for, the kept ones are dropped and kept anew.
     */
    static final int KEPT_DATES_PER_PROVIDER = AvailabilityService.MAXIMUM_RANGE_DAYS + 2;
    /** About what one kept date's windows cost: a map entry, its date, two arrays of a window or two. */
    private static final long BYTES_PER_KEPT_DATE = 200;

    private final OrganizationState state;
    private final long changes;
    private final long estimatedBytes;
    private final OrganizationHours organizationHours;
    private final Map<UUID, ProviderDates> windows;
    private final Map<UUID, ProviderBook> books;
    private final Map<UUID, List<Resource>> allocatableByType;
    private final Map<UUID, ResourcePool> pools = new ConcurrentHashMap<>();
    private final Map<UUID, long[]> timeOff;

    private OrganizationInputs(OrganizationState state, long changes, OrganizationHours organizationHours, Map<UUID, ProviderHours> hours,
                               Map<UUID, ProviderBook> books, Map<UUID, List<Resource>> allocatableByType,
                               Map<UUID, long[]> timeOff) {
        this.state = state;
        this.changes = changes;
        long estimate = BYTES_PER_ENTRY * (books.size() + timeOff.size())
                + (BYTES_PER_HOURS + BYTES_PER_KEPT_DATE * KEPT_DATES_PER_PROVIDER) * hours.size();
        for (ProviderBook book : books.values()) {
            estimate += BYTES_PER_BOOKING * book.starts.length;
        }
        for (List<Resource> ofType : allocatableByType.values()) {
            for (Resource resource : ofType) {
                estimate += BYTES_PER_ENTRY + BYTES_PER_ALLOCATION * resource.allocationCount();
            }
        }
        this.estimatedBytes = estimate;
        this.organizationHours = organizationHours;
        this.windows = new HashMap<>();
        hours.forEach((provider, own) -> windows.put(provider, new ProviderDates(own, organizationHours)));
        this.books = books;
        this.allocatableByType = allocatableByType;
        this.timeOff = timeOff;
    }

    /** @param changes the organization's change count read before its state: a change meanwhile makes the inputs stale */
    static OrganizationInputs of(OrganizationState state, long changes) {
        Map<UUID, List<Held>> byProvider = new HashMap<>();
        Map<UUID, List<Allocation>> allocations = new HashMap<>();
        state.forEachBooking((bookingId, providerId, serviceId, start, end, appointmentStart, seats, resourceIds) -> {
            byProvider.computeIfAbsent(providerId, id -> new ArrayList<>())
                    .add(new Held(bookingId, serviceId, start, end, appointmentStart, seats));
            Session session = new Session(providerId, serviceId, appointmentStart);
            for (UUID resource : resourceIds) {
                allocations.computeIfAbsent(resource, id -> new ArrayList<>()).add(new Allocation(start, end, session));
            }
        });
        Map<UUID, ProviderBook> books = new HashMap<>();
        byProvider.forEach((provider, held) -> books.put(provider, new ProviderBook(held)));
        Map<UUID, List<Resource>> allocatableByType = new HashMap<>();
        for (ResourceSnapshot resource : state.resources().values()) {
            if (EngineInputs.allocatable(resource)) {
                allocatableByType.computeIfAbsent(resource.resourceTypeId(), type -> new ArrayList<>())
                        .add(EngineInputs.held(resource, allocations));
            }
        }
        Map<UUID, long[]> timeOff = EngineInputs.timeOffByProvider(state);
        return new OrganizationInputs(state, changes, EngineInputs.organizationHours(state), EngineInputs.providerHours(state),
                books, allocatableByType, timeOff);
    }

    /** Roughly the heap these inputs hold, beyond the read model's own state. */
    long estimatedBytes() {
        return estimatedBytes;
    }

    /** Whether these inputs are of the organization as it is after {@code changes} changes. */
    boolean currentAt(long changes) {
        return this.changes == changes;
    }

    /**
     * The book as a search of {@code [from, to)} (epoch seconds) weighs it.
     *
     * @param serviceId the service searched for, whose bookings may share a slot
     */
    EngineInputs.Book forSearch(UUID serviceId, long from, long to) {
        Instant start = Instant.ofEpochSecond(from);
        Instant end = Instant.ofEpochSecond(to);
        return new EngineInputs.Book() {
            @Override
            public WorkingWindows.Windows windows(ProviderSnapshot provider) {
                ProviderDates dates = windows.get(provider.id());
                // a provider added while these inputs were made: the search has seen it, these inputs have not
                return dates != null ? WorkingWindows.over(dates.zone(), start, end, dates::on)
                        : WorkingWindows.of(EngineInputs.providerHours(state, provider), organizationHours, start, end);
            }

            @Override
            public Booking[] bookings(UUID providerId) {
                ProviderBook book = books.get(providerId);
                return book == null ? new Booking[0]
                        : book.near(serviceId, from - EngineInputs.MARGIN_SECONDS, to + EngineInputs.MARGIN_SECONDS);
            }

            @Override
            public long[] timeOff(UUID providerId) {
                return timeOff.getOrDefault(providerId, Spans.EMPTY);
            }
        };
    }

    /**
     * The type's allocatable resources with every allocation their sessions hold, as these inputs
     * were made, shared by the searches until the organization changes (and with it, its timeline).
     */
    ResourcePool pool(UUID resourceTypeId) {
        return pools.computeIfAbsent(resourceTypeId, type -> new ResourcePool(allocatableByType.getOrDefault(type, List.of())));
    }

    /** One provider's windows by date, worked out when a search first asks for the date. */
    private static final class ProviderDates {

        private final ProviderHours hours;
        private final OrganizationHours organizationHours;
        private final Map<LocalDate, WorkingWindows.Windows> kept = new ConcurrentHashMap<>();

        ProviderDates(ProviderHours hours, OrganizationHours organizationHours) {
            this.hours = hours;
            this.organizationHours = organizationHours;
        }

        ZoneId zone() {
            return hours.zone();
        }

        WorkingWindows.Windows on(LocalDate date) {
            WorkingWindows.Windows windows = kept.get(date);
            if (windows == null) {
                windows = WorkingWindows.onDate(hours, organizationHours, date);
                if (kept.size() >= KEPT_DATES_PER_PROVIDER) {
                    kept.clear();
                }
                kept.put(date, windows);
            }
            return windows;
        }
    }

    private record Held(UUID id, UUID serviceId, long start, long end, long slotStart, int seats) {
    }

    /** One provider's bookings by start, and the longest of them, so that a range is found by binary search. */
    private static final class ProviderBook {

        private final Held[] byStart;
        private final long[] starts;
        private final long longest;

        ProviderBook(List<Held> held) {
            byStart = held.toArray(Held[]::new);
            Arrays.sort(byStart, (a, b) -> Long.compare(a.start(), b.start()));
            starts = new long[byStart.length];
            long longestSeen = 0;
            for (int i = 0; i < byStart.length; i++) {
                starts[i] = byStart[i].start();
                longestSeen = Math.max(longestSeen, byStart[i].end() - byStart[i].start());
            }
            longest = longestSeen;
        }

        /** The bookings overlapping {@code [near, far)}. */
        Booking[] near(UUID serviceId, long near, long far) {
            int first = Arrays.binarySearch(starts, near - longest);
            // the first of equal starts, or where the start would go
            first = first < 0 ? -first - 1 : firstOf(first);
            int last = first;
            while (last < byStart.length && starts[last] < far) {
                last++;
            }
            Booking[] found = new Booking[last - first];
            int count = 0;
            for (int i = first; i < last; i++) {
                Held booking = byStart[i];
                if (booking.end() > near) {
                    found[count++] = new Booking(booking.id(), booking.start(), booking.end(), booking.slotStart(),
                            booking.serviceId().equals(serviceId), booking.seats());
                }
            }
            return count == found.length ? found : Arrays.copyOf(found, count);
        }

        private int firstOf(int index) {
            int first = index;
            while (first > 0 && starts[first - 1] == starts[index]) {
                first--;
            }
            return first;
        }
    }
}
