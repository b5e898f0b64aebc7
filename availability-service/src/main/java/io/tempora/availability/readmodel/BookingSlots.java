package io.tempora.availability.readmodel;

import java.util.Arrays;
import java.util.UUID;
import java.util.function.IntConsumer;

/**
 * Booking ids packed into numbered slots (two longs each), found through a {@link BookingKeys}
 * table; a removed id's slot is reused. Its owner keeps what it knows of each booking in arrays
 * indexed by slot, at least {@link #capacity()} long. Not thread-safe; the owner guards it.
 */
final class BookingSlots {

    static final int NONE = -1;

    private long[] idHigh = new long[16];
    private long[] idLow = new long[16];
    private final BookingKeys keys = new BookingKeys(new BookingKeys.SlotIds() {
        @Override
        public long high(int slot) {
            return idHigh[slot];
        }

        @Override
        public long low(int slot) {
            return idLow[slot];
        }
    });
    private int used;
    private int[] free = new int[16];
    private int freeCount;

    /** The id's slot, or {@link #NONE}. */
    int get(UUID bookingId) {
        return keys.get(bookingId);
    }

    /** Gives a new id a slot, a freed one when there is one; the owner grows its arrays to {@link #capacity()}. */
    int add(UUID bookingId) {
        int slot;
        if (freeCount > 0) {
            slot = free[--freeCount];
        } else {
            if (used == idHigh.length) {
                int capacity = used + (used >> 1);
                idHigh = Arrays.copyOf(idHigh, capacity);
                idLow = Arrays.copyOf(idLow, capacity);
            }
            slot = used++;
        }
        idHigh[slot] = bookingId.getMostSignificantBits();
        idLow[slot] = bookingId.getLeastSignificantBits();
        keys.add(slot);
        return slot;
    }

    /** Removes the id; returns the slot it had (free for reuse from now on), or {@link #NONE}. */
    int remove(UUID bookingId) {
        int slot = keys.remove(bookingId);
        if (slot != NONE) {
            if (freeCount == free.length) {
                free = Arrays.copyOf(free, freeCount * 2);
            }
            free[freeCount++] = slot;
        }
        return slot;
    }

    UUID id(int slot) {
        return new UUID(idHigh[slot], idLow[slot]);
    }

    /** How long the owner's arrays must be. */
    int capacity() {
        return idHigh.length;
    }

    int size() {
        return keys.size();
    }

    /** Every slot in use, in no particular order. */
    void forEachSlot(IntConsumer visitor) {
        keys.forEachSlot(visitor);
    }
}
