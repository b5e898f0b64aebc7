package io.tempora.slots;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * The sessions a requirement's resources can serve, as a search asks about its starts in order (the
 * ends of providers of different durations back and forth), followed through the pool's timeline,
 * against counting each resource's overlapping allocations one by one and trying every way to
 * equip the sessions.
 */
class ResourcePoolTest {

    @Property(tries = 1000)
    void aSweepAnswersAsCountingEveryResourceAtEveryQuestion(@ForAll long seed) {
        Random random = new Random(seed);
        int quantity = 1 + random.nextInt(3);
        List<Resource> resources = new ArrayList<>();
        List<long[]> allocationsOf = new ArrayList<>();
        for (int r = random.nextInt(6); r >= 0; r--) {
            long[] allocations = ResourceTest.randomAllocations(random, random.nextInt(12));
            resources.add(new Resource(UUID.randomUUID(), "Room " + random.nextInt(20), 1 + random.nextInt(3), allocations));
            allocationsOf.add(allocations);
        }
        Requirement requirement = new Requirement(UUID.randomUUID(), quantity, resources);
        Requirement.Sweep sweep = requirement.sweep();

        long start = -20 + 5 * random.nextInt(20);
        for (int question = 0; question < 60; question++) {
            start += 5 * random.nextInt(random.nextInt(4) == 0 ? 12 : 3);
            long end = start + 5 * (1 + random.nextInt(random.nextBoolean() ? 3 : 20));
            int[] spare = new int[resources.size()];
            for (int r = 0; r < spare.length; r++) {
                // the pool keeps them in ResourceOrder, which the sessions do not depend on
                spare[r] = Math.max(0, resources.get(r).capacity()
                        - ResourceTest.overlapping(allocationsOf.get(r), start, end));
            }
            assertEquals(BruteForceSlots.mostSessions(spare, quantity, new HashMap<>()), sweep.sessionsFreeDuring(start, end),
                    "sessions of " + quantity + " during [" + start + ", " + end + "), question " + question);
        }
    }

    @Property(tries = 200)
    void aPoolSharedBySweepsAnswersEachAsItsOwn(@ForAll long seed) {
        Random random = new Random(seed);
        List<Resource> resources = new ArrayList<>();
        for (int r = 1 + random.nextInt(5); r > 0; r--) {
            resources.add(new Resource(UUID.randomUUID(), "Room", 1 + random.nextInt(2),
                    ResourceTest.randomAllocations(random, random.nextInt(12))));
        }
        ResourcePool pool = new ResourcePool(resources);
        Requirement one = new Requirement(UUID.randomUUID(), 1, pool);
        Requirement two = new Requirement(UUID.randomUUID(), 2, pool);
        Requirement.Sweep early = one.sweep();
        Requirement.Sweep late = two.sweep();
        Requirement.Sweep lateAlone = new Requirement(UUID.randomUUID(), 2, resources).sweep();
        for (long start = 0; start < 500; start += 5 * (1 + random.nextInt(4))) {
            long end = start + 5 * (1 + random.nextInt(10));
            early.sessionsFreeDuring(start, end);
            assertEquals(lateAlone.sessionsFreeDuring(start + 100, end + 100), late.sessionsFreeDuring(start + 100, end + 100),
                    "[" + (start + 100) + ", " + (end + 100) + ")");
        }
    }
}
