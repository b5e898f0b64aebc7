package io.tempora.availability.readmodel;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * A number for each slot, in two bytes when it is from -1 to 65,533, as a booking's length and lead
 * in seconds and its version almost always are; the rare others are kept exactly in a side map.
 * Grown by its owner with the owner's other per-slot arrays; not thread-safe, the owner guards it.
 */
final class SmallNumbers {

    /** Stored {@code value + 1}, so that -1 (none) is 0; this mark says "look in the side map". */
    private static final char ASIDE = Character.MAX_VALUE;

    private char[] stored;
    private final Map<Integer, Long> aside = new HashMap<>();

    SmallNumbers(int capacity) {
        stored = new char[capacity];
    }

    long get(int slot) {
        char value = stored[slot];
        return value == ASIDE ? aside.get(slot) : value - 1L;
    }

    void set(int slot, long value) {
        if (value >= -1 && value < ASIDE - 1) {
            stored[slot] = (char) (value + 1);
            if (!aside.isEmpty()) {
                aside.remove(slot);
            }
        } else {
            stored[slot] = ASIDE;
            aside.put(slot, value);
        }
    }

    /** The slot was freed: a number kept aside for it goes. */
    void clear(int slot) {
        if (stored[slot] == ASIDE) {
            aside.remove(slot);
        }
        stored[slot] = 0;
    }

    void grow(int capacity) {
        stored = Arrays.copyOf(stored, capacity);
    }
}
