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
        return merged(inStartOrder(pairs) ? pairs : sortedByStart(pairs));
    }

    /** Pairs already in start order, as windows of consecutive dates come, need no sorting. */
    private static boolean inStartOrder(long[] pairs) {
        for (int i = 2; i + 1 < pairs.length; i += 2) {
            if (pairs[i] < pairs[i - 2]) {
                return false;
            }
        }
        return true;
    }

    private static long[] sortedByStart(long[] pairs) {
        int count = pairs.length / 2;
        long[][] intervals = new long[count][];
        for (int i = 0; i < count; i++) {
            intervals[i] = new long[] {pairs[2 * i], pairs[2 * i + 1]};
        }
        Arrays.sort(intervals, (a, b) -> Long.compare(a[0], b[0]));
        long[] sorted = new long[count * 2];
        for (int i = 0; i < count; i++) {
            sorted[2 * i] = intervals[i][0];
            sorted[2 * i + 1] = intervals[i][1];
        }
        return sorted;
    }

    /** Pairs in start order, empty ones left out and overlapping or touching ones merged. */
    private static long[] merged(long[] sorted) {
        long[] merged = new long[sorted.length - sorted.length % 2];
        int size = 0;
        for (int i = 0; i + 1 < sorted.length; i += 2) {
            long start = sorted[i];
            long end = sorted[i + 1];
            if (end <= start) {
                continue;
            }
            if (size > 0 && start <= merged[size - 1]) {
                merged[size - 1] = Math.max(merged[size - 1], end);
            } else {
                merged[size++] = start;
                merged[size++] = end;
            }
        }
        return size == merged.length ? merged : Arrays.copyOf(merged, size);
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
