package io.tempora.slots;

/** Binary search over ascending {@code long}s (times, counts of what came before them). */
final class SortedLongs {

    private SortedLongs() {
    }

    /** How many of the values are below {@code value}: also the index of the first at or above it. */
    static int countBelow(long[] sorted, long value) {
        int low = 0;
        int high = sorted.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (sorted[middle] < value) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }
}
