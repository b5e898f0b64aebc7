package io.tempora.slots;

import java.util.Arrays;

/**
 * Sets of half-open intervals of epoch seconds, stored flat and sorted:
 * {@code [start0, end0, start1, end1, ...]}, non-overlapping and not touching.
 */
public final class Spans {

    public static final long[] EMPTY = new long[0];

    private Spans() {
    }

    /** Sorts and merges overlapping or touching intervals given as flat pairs in any order. */
    public static long[] normalize(long[] pairs) {
        int count = pairs.length / 2;
        if (count == 0) {
            return EMPTY;
        }
        long[][] intervals = new long[count][];
        for (int i = 0; i < count; i++) {
            intervals[i] = new long[] {pairs[2 * i], pairs[2 * i + 1]};
        }
        Arrays.sort(intervals, (a, b) -> Long.compare(a[0], b[0]));
        long[] merged = new long[pairs.length];
        int size = 0;
        for (long[] interval : intervals) {
            if (interval[1] <= interval[0]) {
                continue;
            }
            if (size > 0 && interval[0] <= merged[size - 1]) {
                merged[size - 1] = Math.max(merged[size - 1], interval[1]);
            } else {
                merged[size++] = interval[0];
                merged[size++] = interval[1];
            }
        }
        return Arrays.copyOf(merged, size);
    }

    public static long[] intersect(long[] a, long[] b) {
        long[] result = new long[a.length + b.length];
        int size = 0;
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            long start = Math.max(a[i], b[j]);
            long end = Math.min(a[i + 1], b[j + 1]);
            if (start < end) {
                result[size++] = start;
                result[size++] = end;
            }
            if (a[i + 1] < b[j + 1]) {
                i += 2;
            } else {
                j += 2;
            }
        }
        return Arrays.copyOf(result, size);
    }

    public static long[] subtract(long[] a, long[] b) {
        long[] result = new long[a.length + b.length];
        int size = 0;
        int j = 0;
        for (int i = 0; i < a.length; i += 2) {
            long start = a[i];
            long end = a[i + 1];
            while (j < b.length && b[j + 1] <= start) {
                j += 2;
            }
            int k = j;
            while (k < b.length && b[k] < end) {
                if (b[k] > start) {
                    result[size++] = start;
                    result[size++] = b[k];
                }
                start = Math.max(start, b[k + 1]);
                k += 2;
            }
            if (start < end) {
                result[size++] = start;
                result[size++] = end;
            }
        }
        return Arrays.copyOf(result, size);
    }

    /** The index of the interval containing {@code [start, end)}, or -1. */
    public static int containing(long[] spans, long start, long end) {
        int low = 0;
        int high = spans.length / 2 - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            long spanStart = spans[2 * middle];
            if (spanStart <= start) {
                if (end <= spans[2 * middle + 1]) {
                    return middle;
                }
                low = middle + 1;
            } else {
                high = middle - 1;
            }
        }
        return -1;
    }

    /** Whether any interval overlaps {@code [start, end)}. */
    public static boolean overlaps(long[] spans, long start, long end) {
        int low = 0;
        int high = spans.length / 2 - 1;
        // the first interval ending after start
        while (low <= high) {
            int middle = (low + high) >>> 1;
            if (spans[2 * middle + 1] <= start) {
                low = middle + 1;
            } else {
                high = middle - 1;
            }
        }
        return 2 * low < spans.length && spans[2 * low] < end;
    }
}
