package io.tempora.availability.readmodel;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import io.tempora.contracts.booking.OccupancySnapshot;

/**
 * The bookings of one organization that still occupy something, packed into primitive arrays:
 * about 85 bytes a booking instead of the ~450 its snapshot object takes. Providers, services and
 * resources are kept once and referred to by number. Each booking's latest occupancy version
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
    private int[] end = new int[16];
    private int[] appointmentStart = new int[16];
    private int[] provider = new int[16];
    private int[] service = new int[16];
    private int[] client = new int[16];
    private short[] seats = new short[16];
    private int[] firstResource = new int[16];
    /** The latest occupancy version applied, or {@link #NO_VERSION} until the first is. */
    private long[] version = new long[16];
    private final Map<Integer, int[]> moreResources = new HashMap<>();
    /** Slots by the day (from {@link #BASE}) their booking starts. */
    private final Map<Integer, StartDay> byStartDay = new HashMap<>();
    /** Where each slot sits in its start day's list. */
    private int[] positionInDay = new int[16];
    /**
     * The longest booking held so far, in seconds: how long before a range a booking that reaches
     * into it may start. It never shrinks; a booking longer than the rest only widens later visits.
     */
    private int longest;

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
                version[slot] = NO_VERSION;
            } else if (!filed) {
                unfile(slot);
            }
            start[slot] = newStart;
            end[slot] = seconds(occupancy.end());
            appointmentStart[slot] = seconds(occupancy.appointmentStart());
            provider[slot] = number(occupancy.providerId());
            service[slot] = number(occupancy.serviceId());
            client[slot] = occupancy.clientId() == null ? NONE : number(occupancy.clientId());
            seats[slot] = (short) occupancy.seats();
            if (!filed) {
                file(slot);
            }
            longest = Math.max(longest, end[slot] - start[slot]);
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
            release(slot);
            return version[slot];
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
                version[slot] = Math.max(version[slot], applied);
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
            return slot == NONE ? NO_VERSION : version[slot];
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Drops the bookings that end at or before {@code now}, telling {@code ended} of each; returns how many. */
    int forgetEndedBy(Instant now, Ended ended) {
        int cutoff = seconds(now);
        lock.writeLock().lock();
        try {
            List<UUID> forgotten = new ArrayList<>();
            slots.forEachSlot(slot -> {
                if (end[slot] <= cutoff) {
                    UUID bookingId = slots.id(slot);
                    forgotten.add(bookingId);
                    ended.booking(bookingId, idsByNumber.get(provider[slot]),
                            client[slot] == NONE ? null : idsByNumber.get(client[slot]), version[slot]);
                }
            });
            forgotten.forEach(bookingId -> release(slots.remove(bookingId)));
            return forgotten.size();
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
                BASE + end[slot], BASE + appointmentStart[slot], seats[slot], resources);
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
        end = Arrays.copyOf(end, capacity);
        appointmentStart = Arrays.copyOf(appointmentStart, capacity);
        provider = Arrays.copyOf(provider, capacity);
        service = Arrays.copyOf(service, capacity);
        client = Arrays.copyOf(client, capacity);
        seats = Arrays.copyOf(seats, capacity);
        firstResource = Arrays.copyOf(firstResource, capacity);
        version = Arrays.copyOf(version, capacity);
        positionInDay = Arrays.copyOf(positionInDay, capacity);
    }

    /** Forgets what was kept of a booking whose slot was just freed. */
    private void release(int slot) {
        unfile(slot);
        moreResources.remove(slot);
    }

    private void file(int slot) {
        positionInDay[slot] = byStartDay.computeIfAbsent(day(start[slot]), day -> new StartDay()).add(slot);
    }

    private void unfile(int slot) {
        int day = day(start[slot]);
        StartDay filed = byStartDay.get(day);
        int moved = filed.removeAt(positionInDay[slot]);
        if (moved != NONE) {
            positionInDay[moved] = positionInDay[slot];
        }
        if (filed.size == 0) {
            byStartDay.remove(day);
        }
    }

    private static int day(int seconds) {
        return Math.floorDiv(seconds, DAY);
    }

    /** The slots of the bookings that start on one day, in no order. */
    private final class StartDay {

        private int[] slots = new int[8];
        private int size;

        /** Adds the slot; returns its position. */
        int add(int slot) {
            if (size == slots.length) {
                slots = Arrays.copyOf(slots, size * 2);
            }
            slots[size] = slot;
            return size++;
        }

        /** Removes the slot at the position by moving the last one into it; returns the moved slot, or {@code NONE}. */
        int removeAt(int position) {
            int last = slots[--size];
            if (position == size) {
                return NONE;
            }
            slots[position] = last;
            return last;
        }

        /** {@code after} and {@code before} in seconds from {@link #BASE}. */
        void forEachOverlapping(long after, long before, Visitor visitor) {
            for (int i = 0; i < size; i++) {
                int slot = slots[i];
                if (end[slot] > after && start[slot] < before) {
                    visit(slot, visitor);
                }
            }
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
