package io.tempora.slots;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** Normalizing against the time each pair covers, counted second by second on a small range. */
class SpansTest {

    private static final int RANGE = 200;

    /** Pairs in start order (as consecutive dates give them) or shuffled, overlapping, touching, empty or reversed. */
    @Property(tries = 1000)
    void normalizedSpansCoverWhatThePairsCoverSortedApartAndNonEmpty(@ForAll long seed) {
        Random random = new Random(seed);
        List<long[]> pairs = new ArrayList<>();
        long start = random.nextInt(20);
        for (int i = random.nextInt(12); i > 0; i--) {
            long length = random.nextInt(8) == 0 ? -random.nextInt(5) : random.nextInt(30);
            pairs.add(new long[] {start, start + length});
            start = Math.min(RANGE - 40, start + random.nextInt(3) * random.nextInt(25));
        }
        if (random.nextBoolean()) {
            Collections.shuffle(pairs, random);
        }
        long[] flat = new long[pairs.size() * 2];
        for (int i = 0; i < pairs.size(); i++) {
            flat[2 * i] = pairs.get(i)[0];
            flat[2 * i + 1] = pairs.get(i)[1];
        }

        long[] normalized = Spans.normalize(flat);

        assertArrayEquals(covered(pairs), covered(normalized), "the seconds covered by " + render(flat));
        for (int i = 0; i < normalized.length; i += 2) {
            assertTrue(normalized[i] < normalized[i + 1], "empty span in " + render(normalized));
            assertTrue(i == 0 || normalized[i - 1] < normalized[i], "spans touch or overlap in " + render(normalized));
        }
    }

    private static boolean[] covered(List<long[]> pairs) {
        boolean[] covered = new boolean[RANGE];
        for (long[] pair : pairs) {
            for (long second = Math.max(0, pair[0]); second < pair[1]; second++) {
                covered[(int) second] = true;
            }
        }
        return covered;
    }

    private static boolean[] covered(long[] flat) {
        List<long[]> pairs = new ArrayList<>();
        for (int i = 0; i < flat.length; i += 2) {
            pairs.add(new long[] {flat[i], flat[i + 1]});
        }
        return covered(pairs);
    }

    private static String render(long[] flat) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < flat.length; i += 2) {
            text.append('[').append(flat[i]).append(", ").append(flat[i + 1]).append(") ");
        }
        return text.toString();
    }
}
