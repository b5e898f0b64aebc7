package io.tempora.availability.readmodel;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import io.tempora.contracts.booking.OccupancySnapshot;

/**
 * The bookings of one organization that still occupy something, packed into primitive arrays:
 * about 67 bytes a booking instead of the ~450 its snapshot object takes. Providers, services and
 * resources are kept once and referred to by number; a booking's end and appointment start are
 * kept as seconds after its start, in two bytes like its version when they are small (nearly
 * always, {@link SmallNumbers}). Each booking's latest occupancy version
 * applied (what a reader holding a consistency token waits for) is kept here while it is held,
 * and handed on when it leaves ({@link OccupancyVersions} keeps it until its record retires). The
 * bookings are also filed by the day they start, so that a question about a few days visits the
 * bookings near them, not the organization's whole book. Written by the follower thread, read by
 * request threads under a read-write lock.
 */
public final class BookingStore {

    /** Times are seconds from 2020-01-01T00:00Z in an int: exact, and good until 2088. */
    private static final long BASE = Instant.parse("2020-01-01T00:00:00Z").getEpochSecond();
    private static final int NONE = BookingSlots.NONE;
    private static final int DAY = 86_400;
    /** The version of a booking not held, or held but whose version is not applied yet. */
    static final long NO_VERSION = -1;

    /** What the store tells of a booking it forgets because it has ended. */
    interface Ended {
        /** @param clientId null for a booking without a client */
        void booking(UUID bookingId, UUID providerId, UUID clientId, long version);
    }

    /** What a reader sees of one booking. */
    public interface Visitor {
        void booking(UUID bookingId, UUID providerId, UUID serviceId, long start, long end, long appointmentStart,
                     int seats, List<UUID> resourceIds);
    }

    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final List<UUID> idsByNumber = new ArrayList<>();
    private final Map<UUID, Integer> numbersById = new HashMap<>();
    private final BookingSlots slots = new BookingSlots();

    private int[] start = new int[16];
    /** Seconds from the start to the end. */
    private final SmallNumbers length = new SmallNumbers(16);
    /** Seconds from the start (buffer before included) to the appointment's own start. */
    private final SmallNumbers lead = new SmallNumbers(16);
    private int[] provider = new int[16];
    private int[] service = new int[16];
    private int[] client = new int[16];
    private short[] seats = new short[16];
    private int[] firstResource = new int[16];
    /** The latest occupancy version applied, or {@link #NO_VERSION} until the first is. */
    private final SmallNumbers version = new SmallNumbers(16);
    private final Map<Integer, int[]> moreResources = new HashMap<>();
    /** Slots by the day (from {@link #BASE}) their booking starts. */
    private final Map<Integer, StartDay> byStartDay = new HashMap<>();
    /**
     * The longest booking held so far, in seconds: how long before a range a booking that reaches
     * into it may start. It never shrinks; a booking longer than the rest only widens later visits.
     */
    private long longest;

    void put(OccupancySnapshot occupancy) {
        lock.writeLock().lock();
        try {
            int slot = slots.get(occupancy.bookingId());
            int newStart = seconds(occupancy.start());
            boolean filed = slot != NONE && day(start[slot]) == day(newStart);
            if (slot == NONE) {
                slot = slots.add(occupancy.bookingId());
                if (slot >= start.length) {
                    grow(slots.capacity());
                }
                version.set(slot, NO_VERSION);
            } else if (!filed) {
                unfile(slot);
            }
            start[slot] = newStart;
            length.set(slot, seconds(occupancy.end()) - newStart);
            lead.set(slot, seconds(occupancy.appointmentStart()) - newStart);
            provider[slot] = number(occupancy.providerId());
            service[slot] = number(occupancy.serviceId());
            client[slot] = occupancy.clientId() == null ? NONE : number(occupancy.clientId());
            seats[slot] = (short) occupancy.seats();
            if (!filed) {
                file(slot);
            }
            longest = Math.max(longest, length.get(slot));
            List<UUID> resources = occupancy.resourceIds();
            firstResource[slot] = resources.isEmpty() ? NONE : number(resources.get(0));
            if (resources.size() > 1) {
                moreResources.put(slot, resources.subList(1, resources.size()).stream().mapToInt(this::number).toArray());
            } else {
                moreResources.remove(slot);
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Removes the booking; returns the latest version applied of it, or {@link #NO_VERSION}. */
    long remove(UUID bookingId) {
        lock.writeLock().lock();
        try {
            int slot = slots.remove(bookingId);
            if (slot == NONE) {
                return NO_VERSION;
            }
            long applied = version.get(slot);
            release(slot);
            return applied;
        } finally {
            lock.writeLock().unlock();
        }
    }

    /**
     * This version of the booking's occupancy was applied, when the store holds it (an older one
     * arriving later changes nothing); returns whether it does.
     */
    boolean versionApplied(UUID bookingId, long applied) {
        lock.writeLock().lock();
        try {
            int slot = slots.get(bookingId);
            if (slot != NONE) {
                version.set(slot, Math.max(version.get(slot), applied));
            }
            return slot != NONE;
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** The latest version applied of the booking held, or {@link #NO_VERSION}. */
    long version(UUID bookingId) {
        lock.readLock().lock();
        try {
            int slot = slots.get(bookingId);
            return slot == NONE ? NO_VERSION : version.get(slot);
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Drops the bookings that end at or before {@code now}, telling {@code ended} of each; returns how many. */
    int forgetEndedBy(Instant now, Ended ended) {
        int cutoff = seconds(now);
        lock.writeLock().lock();
        try {
            int forgotten = 0;
            for (Iterator<StartDay> days = byStartDay.values().iterator(); days.hasNext(); ) {
                StartDay day = days.next();
                forgotten += day.forgetEndedBy(cutoff, ended);
                if (day.size == 0) {
                    days.remove();
                }
            }
            return forgotten;
        } finally {
            lock.writeLock().unlock();
        }
    }

    void forEach(Visitor visitor) {
        lock.readLock().lock();
        try {
            slots.forEachSlot(slot -> visit(slot, visitor));
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * Visits the bookings that overlap {@code [from, to)} (epoch seconds): those filed under the
     * days from the range's start less the longest booking to its end, or every filed day when
     * there are fewer of them than that.
     */
    void forEachOverlapping(long from, long to, Visitor visitor) {
        lock.readLock().lock();
        try {
            long after = from - BASE;
            long before = to - BASE;
            long firstDay = Math.floorDiv(after - longest, DAY);
            long lastDay = Math.floorDiv(before - 1, DAY);
            if (lastDay - firstDay >= byStartDay.size()) {
                byStartDay.values().forEach(day -> day.forEachOverlapping(after, before, visitor));
            } else {
                for (long day = firstDay; day <= lastDay; day++) {
                    StartDay filed = byStartDay.get((int) day);
                    if (filed != null) {
                        filed.forEachOverlapping(after, before, visitor);
                    }
                }
            }
        } finally {
            lock.readLock().unlock();
        }
    }

    private void visit(int slot, Visitor visitor) {
        List<UUID> resources;
        if (firstResource[slot] == NONE) {
            resources = List.of();
        } else {
            int[] more = moreResources.get(slot);
            resources = new ArrayList<>(1 + (more == null ? 0 : more.length));
            resources.add(idsByNumber.get(firstResource[slot]));
            if (more != null) {
                for (int number : more) {
                    resources.add(idsByNumber.get(number));
                }
            }
        }
        visitor.booking(slots.id(slot), idsByNumber.get(provider[slot]), idsByNumber.get(service[slot]), BASE + start[slot],
                BASE + end(slot), BASE + start[slot] + lead.get(slot), seats[slot], resources);
    }

    /** The providers with whom the client has a booking held here. */
    Set<UUID> providersOf(UUID clientId) {
        lock.readLock().lock();
        try {
            Integer number = numbersById.get(clientId);
            if (number == null) {
                return Set.of();
            }
            Set<UUID> providers = new HashSet<>();
            slots.forEachSlot(slot -> {
                if (client[slot] == number) {
                    providers.add(idsByNumber.get(provider[slot]));
                }
            });
            return providers;
        } finally {
            lock.readLock().unlock();
        }
    }

    List<UUID> bookingIds() {
        lock.readLock().lock();
        try {
            List<UUID> ids = new ArrayList<>();
            slots.forEachSlot(slot -> ids.add(slots.id(slot)));
            return ids;
        } finally {
            lock.readLock().unlock();
        }
    }

    int size() {
        lock.readLock().lock();
        try {
            return slots.size();
        } finally {
            lock.readLock().unlock();
        }
    }

    private void grow(int capacity) {
        start = Arrays.copyOf(start, capacity);
        length.grow(capacity);
        lead.grow(capacity);
        provider = Arrays.copyOf(provider, capacity);
        service = Arrays.copyOf(service, capacity);
        client = Arrays.copyOf(client, capacity);
        seats = Arrays.copyOf(seats, capacity);
        firstResource = Arrays.copyOf(firstResource, capacity);
        version.grow(capacity);
    }

    /** Forgets what was kept of a booking whose slot was just freed. */
    private void release(int slot) {
        unfile(slot);
        forgetSideValues(slot);
    }

    /** What a freed slot kept outside the per-slot arrays. */
    private void forgetSideValues(int slot) {
        moreResources.remove(slot);
        length.clear(slot);
        lead.clear(slot);
        version.clear(slot);
    }

    private long end(int slot) {
        return start[slot] + length.get(slot);
    }

    private void file(int slot) {
        byStartDay.computeIfAbsent(day(start[slot]), day -> new StartDay()).add(slot);
    }

    private void unfile(int slot) {
        int day = day(start[slot]);
        StartDay filed = byStartDay.get(day);
        filed.remove(slot);
        if (filed.size == 0) {
            byStartDay.remove(day);
        }
    }

    private static int day(int seconds) {
        return Math.floorDiv(seconds, DAY);
    }

    /**
     * The slots of the bookings that start on one day, in no order. A slot is found by a walk of its
     * day's list when it leaves (a few hundred entries on a busy day): cheaper in memory than each
     * slot keeping its position, and removals are rare beside reads.
     */
    private final class StartDay {

        private int[] members = new int[8];
        private int size;

        void add(int slot) {
            if (size == members.length) {
                members = Arrays.copyOf(members, size + (size >> 1));
            }
            members[size++] = slot;
        }

        /** Removes the slot by moving the last one into its place. */
        void remove(int slot) {
            int position = 0;
            while (members[position] != slot) {
                position++;
            }
            members[position] = members[--size];
        }

        /** {@code after} and {@code before} in seconds from {@link #BASE}. */
        void forEachOverlapping(long after, long before, Visitor visitor) {
            for (int i = 0; i < size; i++) {
                int slot = members[i];
                if (start[slot] < before && end(slot) > after) {
                    visit(slot, visitor);
                }
            }
        }

        /** Drops this day's bookings that end at or before {@code cutoff} (seconds from {@link #BASE}); returns how many. */
        int forgetEndedBy(int cutoff, Ended ended) {
            int kept = 0;
            for (int i = 0; i < size; i++) {
                int slot = members[i];
                if (end(slot) <= cutoff) {
                    UUID bookingId = slots.id(slot);
                    ended.booking(bookingId, idsByNumber.get(provider[slot]),
                            client[slot] == NONE ? null : idsByNumber.get(client[slot]), version.get(slot));
                    slots.remove(bookingId);
                    forgetSideValues(slot);
                } else {
                    members[kept++] = slot;
                }
            }
            int forgotten = size - kept;
            size = kept;
            return forgotten;
        }
    }

    private int number(UUID id) {
        Integer number = numbersById.get(id);
        if (number == null) {
            number = idsByNumber.size();
            idsByNumber.add(id);
            numbersById.put(id, number);
        }
        return number;
    }

    private static int seconds(Instant instant) {
        return Math.toIntExact(instant.getEpochSecond() - BASE);
    }
}
