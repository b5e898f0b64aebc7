package io.tempora.availability.readmodel;

import java.util.Arrays;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * The latest occupancy version applied of each booking that has left the {@link BookingStore}
 * (cancelled, ended) until its record retires: what a reader holding a consistency token waits for
 * (the store keeps the versions of the bookings it holds). A week of such bookings can be many, so
 * it is packed like the store: about 35 bytes a booking where a {@code ConcurrentHashMap<UUID, Long>}
 * took about 90. Written by the follower thread, read by request threads under a read-write lock.
 */
final class OccupancyVersions {

    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final BookingSlots slots = new BookingSlots();
    private long[] version = new long[16];

    /** This version of the booking's occupancy was applied; an older one arriving later changes nothing. */
    void applied(UUID bookingId, long applied) {
        lock.writeLock().lock();
        try {
            int slot = slots.get(bookingId);
            if (slot == BookingSlots.NONE) {
                slot = slots.add(bookingId);
                if (slot >= version.length) {
                    version = Arrays.copyOf(version, slots.capacity());
                }
                version[slot] = applied;
            } else {
                version[slot] = Math.max(version[slot], applied);
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** The booking's record left the topic: nobody waits for it any more. */
    void retired(UUID bookingId) {
        lock.writeLock().lock();
        try {
            slots.remove(bookingId);
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Whether this version of the booking's occupancy, or a later one, has been applied. */
    boolean holds(UUID bookingId, long wanted) {
        lock.readLock().lock();
        try {
            int slot = slots.get(bookingId);
            return slot != BookingSlots.NONE && version[slot] >= wanted;
        } finally {
            lock.readLock().unlock();
        }
    }
}
