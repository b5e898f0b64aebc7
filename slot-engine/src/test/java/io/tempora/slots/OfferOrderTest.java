package io.tempora.slots;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * The engine orders its offers by start, keeping the order they were made in for one start (the
 * providers' order), which the slots' candidate lists follow. Checked against a stable comparison
 * sort, on offers made as the engine makes them: runs sorted by start, one per provider and window.
 */
class OfferOrderTest {

    private static final int START_SHIFT = 32;

    @Property(tries = 300)
    void offersComeByStartAndForOneStartInTheOrderTheyWereMade(@ForAll long seed, @ForAll @IntRange(min = 0, max = 3000) int count,
                                                                @ForAll @IntRange(min = 1, max = 31) int startBits) {
        Random random = new Random(seed);
        long[] offers = new long[count + random.nextInt(5)];
        int made = 0;
        // providers in turn, each offering its windows' starts: rising, never the same start twice
        for (int provider = 0; made < count; provider++) {
            long start = random.nextLong(1L << startBits);
            for (int offered = 1 + random.nextInt(120); offered > 0 && made < count && start < 1L << startBits; offered--) {
                offers[made++] = (start << START_SHIFT) | ((long) provider << 12) | random.nextInt(1 << 12);
                // the next start on the step, or in a later window
                start += random.nextInt(8) == 0 ? 1 + random.nextInt(7200) : 900;
            }
        }
        List<Long> reference = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            reference.add(offers[i]);
        }
        reference.sort(Comparator.comparingLong(offer -> offer >>> START_SHIFT));

        long[] sorted = SlotEngine.byStart(offers, count);

        long[] actual = new long[count];
        System.arraycopy(sorted, 0, actual, 0, count);
        assertArrayEquals(reference.stream().mapToLong(Long::longValue).toArray(), actual);
    }
}
