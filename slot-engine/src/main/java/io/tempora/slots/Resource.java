package io.tempora.slots;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A resource that can be allocated (active and not deleted): rule 5 of the availability rules.
 *
 * @param name        what people call it; resources are chosen in {@link ResourceOrder}
 * @param capacity    how many sessions may hold it at once
 * @param allocations the intervals the sessions holding it occupy, as flat pairs in any order
 */
public record Resource(UUID id, String name, int capacity, long[] allocations) {

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

    /** How many more sessions it can serve during {@code [start, end)}: its capacity minus the allocations overlapping it. */
    public int spareDuring(long start, long end) {
        int spare = capacity;
        for (int i = 0; i < allocations.length && spare > 0; i += 2) {
            if (allocations[i] < end && start < allocations[i + 1]) {
                spare--;
            }
        }
        return spare;
    }

    /** Fewer allocations than its capacity overlap {@code [start, end)}. */
    public boolean freeDuring(long start, long end) {
        return spareDuring(start, end) > 0;
    }
}
