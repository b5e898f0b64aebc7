package io.tempora.slots;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import java.util.UUID;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** A resource's spare capacity, found by binary search, against counting the allocations that overlap the interval one by one. */
class ResourceTest {

    @Property(tries = 1000)
    void spareCapacityIsTheCapacityLessTheAllocationsOverlappingTheInterval(@ForAll long seed) {
        Random random = new Random(seed);
        int capacity = 1 + random.nextInt(4);
        long[] allocations = randomAllocations(random, random.nextInt(30));
        Resource resource = new Resource(UUID.randomUUID(), "Room", capacity, allocations);

        for (int question = 0; question < 40; question++) {
            long start = -20 + 5 * random.nextInt(110);
            long end = start + 5 * (1 + random.nextInt(random.nextBoolean() ? 3 : 20));
            assertEquals(Math.max(0, capacity - overlapping(allocations, start, end)), resource.spareDuring(start, end),
                    "[" + start + ", " + end + ")");
        }
    }

    @Test
    void anAllocationEndingBeforeItStartsIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Resource(UUID.randomUUID(), "Room", 1, new long[] {10, 5}));
    }

    /** Pairs on a grid of five seconds, some of them empty, some long. */
    static long[] randomAllocations(Random random, int count) {
        long[] allocations = new long[2 * count];
        for (int i = 0; i < allocations.length; i += 2) {
            allocations[i] = 5 * random.nextInt(100);
            allocations[i + 1] = allocations[i] + 5 * random.nextInt(random.nextBoolean() ? 4 : 30);
        }
        return allocations;
    }

    /** The allocations overlapping {@code [start, end)}, counted one by one. */
    static int overlapping(long[] allocations, long start, long end) {
        int count = 0;
        for (int i = 0; i < allocations.length; i += 2) {
            if (allocations[i] < end && start < allocations[i + 1]) {
                count++;
            }
        }
        return count;
    }
}
