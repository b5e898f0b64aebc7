package io.tempora.availability.readmodel;

import java.util.Arrays;
import java.util.UUID;

/**
 * Booking id to slot number, with four bytes an entry: an open-addressing table of slot numbers
 * whose ids the owner keeps ({@link SlotIds}), with linear probing and backward-shift deletion.
 * Not thread-safe; the {@link BookingStore} guards it.
 */
final class BookingKeys {

    /** Where the table finds the id stored in a slot. */
    interface SlotIds {
        long high(int slot);

        long low(int slot);
    }

    private static final int EMPTY = -1;

    private final SlotIds ids;
    private int[] table = filled(16);
    private int size;

    BookingKeys(SlotIds ids) {
        this.ids = ids;
    }

    /** The slot of the key, or -1. */
    int get(UUID key) {
        int index = find(key.getMostSignificantBits(), key.getLeastSignificantBits());
        return index < 0 ? EMPTY : table[index];
    }

    /** Records a new key's slot; the owner has already stored the id in that slot. */
    void add(int slot) {
        // up to 80% full: linear probing stays short for random keys, and memory stays small
        if ((size + 1) * 5 > table.length * 4) {
            grow();
        }
        insert(slot);
        size++;
    }

    /** Removes the key; returns its slot, or -1 when it was not there. */
    int remove(UUID key) {
        int index = find(key.getMostSignificantBits(), key.getLeastSignificantBits());
        if (index < 0) {
            return EMPTY;
        }
        int removed = table[index];
        table[index] = EMPTY;
        size--;
        // shift back the entries that probed past the freed position
        int mask = table.length - 1;
        int hole = index;
        for (int next = (index + 1) & mask; table[next] != EMPTY; next = (next + 1) & mask) {
            int home = home(ids.high(table[next]), ids.low(table[next]));
            boolean movable = hole <= next ? (home <= hole || home > next) : (home <= hole && home > next);
            if (movable) {
                table[hole] = table[next];
                table[next] = EMPTY;
                hole = next;
            }
        }
        return removed;
    }

    int size() {
        return size;
    }

    /** Every slot in use, in no particular order. */
    void forEachSlot(java.util.function.IntConsumer visitor) {
        for (int slot : table) {
            if (slot != EMPTY) {
                visitor.accept(slot);
            }
        }
    }

    private int find(long high, long low) {
        int mask = table.length - 1;
        for (int index = home(high, low); table[index] != EMPTY; index = (index + 1) & mask) {
            int slot = table[index];
            if (ids.high(slot) == high && ids.low(slot) == low) {
                return index;
            }
        }
        return -1;
    }

    private void insert(int slot) {
        int mask = table.length - 1;
        int index = home(ids.high(slot), ids.low(slot));
        while (table[index] != EMPTY) {
            index = (index + 1) & mask;
        }
        table[index] = slot;
    }

    private void grow() {
        int[] old = table;
        table = filled(old.length * 2);
        for (int slot : old) {
            if (slot != EMPTY) {
                insert(slot);
            }
        }
    }

    private int home(long high, long low) {
        long mixed = (high ^ low) * 0x9E3779B97F4A7C15L;
        return (int) (mixed >>> 32) & (table.length - 1);
    }

    private static int[] filled(int length) {
        int[] array = new int[length];
        Arrays.fill(array, EMPTY);
        return array;
    }
}
