package io.tempora.slots;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * A resource that can be allocated (active and not deleted): rule 5 of the availability rules.
 * Its allocations are kept by start, so that a question about one interval looks only at the
 * allocations that can reach it (a two-week query asks about every start of every day).
 */
public final class Resource {

    private final UUID id;
    private final String name;
    private final int capacity;
    private final long[] allocations;
    private final long longestAllocation;

    /**
     * @param name        what people call it; resources are chosen in {@link ResourceOrder}
     * @param capacity    how many sessions may hold it at once
     * @param allocations the intervals the sessions holding it occupy, as flat pairs in any order
     */
    public Resource(UUID id, String name, int capacity, long[] allocations) {
        this.id = Objects.requireNonNull(id, "id");
        this.name = Objects.requireNonNull(name, "name");
        this.capacity = capacity;
        this.allocations = byStart(allocations);
        long longest = 0;
        for (int i = 0; i < this.allocations.length; i += 2) {
            longest = Math.max(longest, this.allocations[i + 1] - this.allocations[i]);
        }
        this.longestAllocation = longest;
    }

    /** The resource as its bookings hold it: the bookings of one session count once. */
    public static Resource held(UUID id, String name, int capacity, List<Allocation> allocations) {
        Map<Session, long[]> bySession = new LinkedHashMap<>();
        List<long[]> sessionless = new ArrayList<>();
        for (Allocation allocation : allocations) {
            long[] interval = {allocation.start(), allocation.end()};
            if (allocation.session() == null) {
                sessionless.add(interval);
            } else {
                bySession.merge(allocation.session(), interval, (held, more) ->
                        new long[] {Math.min(held[0], more[0]), Math.max(held[1], more[1])});
            }
        }
        sessionless.addAll(bySession.values());
        long[] flat = new long[sessionless.size() * 2];
        for (int i = 0; i < sessionless.size(); i++) {
            flat[2 * i] = sessionless.get(i)[0];
            flat[2 * i + 1] = sessionless.get(i)[1];
        }
        return new Resource(id, name, capacity, flat);
    }

    public UUID id() {
        return id;
    }

    public String name() {
        return name;
    }

    public int capacity() {
        return capacity;
    }

    /** The intervals the sessions holding it occupy, as flat pairs ordered by start (a copy). */
    public long[] allocations() {
        return allocations.clone();
    }

    /** How many intervals its sessions hold. */
    public int allocationCount() {
        return allocations.length / 2;
    }

    /** How many more sessions it can serve during {@code [start, end)}: its capacity minus the allocations overlapping it. */
    public int spareDuring(long start, long end) {
        return spareFrom(firstReaching(start), start, end);
    }

    /** Where {@link #spareFrom} starts for an interval starting at {@code start}, by binary search. */
    int firstReaching(long start) {
        // an allocation starting before this one cannot reach the interval
        return firstStartingAtOrAfter(start - longestAllocation);
    }

    /**
     * {@link #firstReaching(long)}, found by going on from {@code previous}, the place found for an
     * earlier start: a search asks about its starts in order, and walking on from the last one is
     * cheaper than a binary search each time.
     */
    int firstReaching(long start, int previous) {
        int first = previous;
        while (first < allocations.length && allocations[first] < start - longestAllocation) {
            first += 2;
        }
        return first;
    }

    /** {@link #spareDuring}, looking at the allocations from {@code first} ({@link #firstReaching}). */
    int spareFrom(int first, long start, long end) {
        int spare = capacity;
        for (int i = first; i < allocations.length && spare > 0; i += 2) {
            if (allocations[i] >= end) {
                break;
            }
            if (start < allocations[i + 1]) {
                spare--;
            }
        }
        return spare;
    }

    /** Fewer allocations than its capacity overlap {@code [start, end)}. */
    public boolean freeDuring(long start, long end) {
        return spareDuring(start, end) > 0;
    }

    /** The index of the first pair starting at or after {@code time}. */
    private int firstStartingAtOrAfter(long time) {
        int low = 0;
        int high = allocations.length / 2;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (allocations[2 * middle] < time) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return 2 * low;
    }

    private static long[] byStart(long[] pairs) {
        if (pairs.length % 2 != 0) {
            throw new IllegalArgumentException("allocations come as start and end pairs");
        }
        Integer[] order = new Integer[pairs.length / 2];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, (a, b) -> Long.compare(pairs[2 * a], pairs[2 * b]));
        long[] sorted = new long[pairs.length];
        for (int i = 0; i < order.length; i++) {
            sorted[2 * i] = pairs[2 * order[i]];
            sorted[2 * i + 1] = pairs[2 * order[i] + 1];
        }
        return sorted;
    }

    @Override
    public String toString() {
        return "Resource[" + name + " " + id + ", capacity " + capacity + ", " + allocationCount() + " allocations]";
    }
}
