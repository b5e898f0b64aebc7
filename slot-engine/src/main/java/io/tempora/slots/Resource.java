package io.tempora.slots;

/**
 * A resource that can be allocated (active and not deleted).
 *
 * @param capacity    how many allocations may overlap it
 * @param allocations the intervals its allocations occupy, as flat pairs in any order
 */
public record Resource(int capacity, long[] allocations) {

    /** Fewer allocations than its capacity overlap {@code [start, end)}. */
    public boolean freeDuring(long start, long end) {
        int overlapping = 0;
        for (int i = 0; i < allocations.length; i += 2) {
            if (allocations[i] < end && start < allocations[i + 1] && ++overlapping >= capacity) {
                return false;
            }
        }
        return true;
    }
}
