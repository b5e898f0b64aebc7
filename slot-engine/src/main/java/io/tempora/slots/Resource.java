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
 * How many allocations overlap an interval is how many start before its end less how many end at
 * or before its start (one that ends by the start began before the end), so its allocations' starts
 * and ends are kept sorted apart: a question is two binary searches. A search, which asks about
 * every start of every day, follows the allocations of a type's resources in its
 * {@link ResourcePool}'s timeline instead.
 */
public final class Resource {

    private final UUID id;
    private final String name;
    private final int capacity;
    private final long[] allocations;
    private final long[] starts;
    private final long[] ends;

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
        int count = this.allocations.length / 2;
        starts = new long[count];
        ends = new long[count];
        for (int i = 0; i < count; i++) {
            starts[i] = this.allocations[2 * i];
            ends[i] = this.allocations[2 * i + 1];
            if (ends[i] < starts[i]) {
                throw new IllegalArgumentException("an allocation of " + name + " ends before it starts");
            }
        }
        Arrays.sort(ends);
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
        return Math.max(0, capacity - overlapping(start, end));
    }

    /** Fewer allocations than its capacity overlap {@code [start, end)}. */
    public boolean freeDuring(long start, long end) {
        return spareDuring(start, end) > 0;
    }

    /**
     * How many allocations overlap {@code [start, end)}: those starting before its end less those
     * ending at or before its start (before the next second), each found by binary search.
     */
    int overlapping(long start, long end) {
        return SortedLongs.countBelow(starts, end) - SortedLongs.countBelow(ends, start + 1);
    }

    /** Its allocations' starts in order (the array itself: not to be changed). */
    long[] sortedStarts() {
        return starts;
    }

    /** Its allocations' ends in order (the array itself: not to be changed). */
    long[] sortedEnds() {
        return ends;
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
