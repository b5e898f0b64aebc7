package io.tempora.slots;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import java.util.UUID;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * A resource's spare capacity, found by binary search or walked on from the previous question as a
 * search asks (starts in order, ends of providers of different durations back and forth), against
 * counting the allocations that overlap the interval one by one.
 */
class ResourceTest {

    @Property(tries = 1000)
    void spareCapacityIsTheCapacityLessTheAllocationsOverlappingTheInterval(@ForAll long seed) {
        Random random = new Random(seed);
        int capacity = 1 + random.nextInt(4);
        long[] allocations = new long[2 * random.nextInt(30)];
        for (int i = 0; i < allocations.length; i += 2) {
            allocations[i] = 5 * random.nextInt(100);
            allocations[i + 1] = allocations[i] + 5 * random.nextInt(random.nextBoolean() ? 4 : 30);
        }
        Resource resource = new Resource(UUID.randomUUID(), "Room", capacity, allocations);

        int startingBefore = 0;
        int endingBy = 0;
        long start = -20;
        for (int question = 0; question < 40; question++) {
            start += 5 * random.nextInt(4);
            long end = start + 5 * (1 + random.nextInt(random.nextBoolean() ? 3 : 20));
            int expected = Math.max(0, capacity - overlapping(allocations, start, end));

            startingBefore = question == 0 ? resource.startingBefore(end) : resource.startingBefore(end, startingBefore);
            endingBy = question == 0 ? resource.endingBy(start) : resource.endingBy(start, endingBy);

            String interval = "[" + start + ", " + end + ") of question " + question;
            assertEquals(expected, resource.spare(startingBefore, endingBy), "walked, " + interval);
            assertEquals(expected, resource.spareDuring(start, end), "by binary search, " + interval);
        }
    }

    private static int overlapping(long[] allocations, long start, long end) {
        int count = 0;
        for (int i = 0; i < allocations.length; i += 2) {
            if (allocations[i] < end && start < allocations[i + 1]) {
                count++;
            }
        }
        return count;
    }
}
