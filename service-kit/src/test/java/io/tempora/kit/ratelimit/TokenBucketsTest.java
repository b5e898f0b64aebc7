package io.tempora.kit.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

class TokenBucketsTest {

    private static final long SECOND = TimeUnit.SECONDS.toNanos(1);

    @Test
    void aBurstIsServedAtOnceThenTheCallerWaitsForTheRefill() {
        TokenBuckets buckets = new TokenBuckets(2, 3, 100);
        for (int call = 0; call < 3; call++) {
            assertTrue(buckets.take("ada", 0).isEmpty(), "call " + call + " of the burst");
        }
        OptionalLong wait = buckets.take("ada", 0);
        assertEquals(SECOND / 2, wait.orElseThrow(), "one call refills in half a second at 2/s");
        assertTrue(buckets.take("ada", SECOND / 2).isEmpty());
    }

    @Test
    void callersHaveBucketsOfTheirOwn() {
        TokenBuckets buckets = new TokenBuckets(1, 1, 100);
        assertTrue(buckets.take("ada", 0).isEmpty());
        assertTrue(buckets.take("ada", 0).isPresent());
        assertTrue(buckets.take("grace", 0).isEmpty(), "another caller is not held back by Ada");
    }

    @Test
    void idleCallersAreForgottenOnceTooManyAreTracked() {
        TokenBuckets buckets = new TokenBuckets(1, 1, 2);
        buckets.take("a", 0);
        buckets.take("b", 0);
        buckets.take("c", 0);
        buckets.take("d", 10 * SECOND);
        assertEquals(1, buckets.trackedCallers(), "a, b and c had refilled: only d is tracked");
    }

    /** Over any run of calls, no caller is served more than the burst plus what the rate refills. */
    @Property
    void neverServesMoreThanTheBurstPlusTheRefill(@ForAll @IntRange(min = 1, max = 20) int burst,
                                                  @ForAll @IntRange(min = 1, max = 50) int perSecond,
                                                  @ForAll @Size(min = 1, max = 300) List<@LongRange(max = 200_000_000) Long> gaps) {
        TokenBuckets buckets = new TokenBuckets(perSecond, burst, 10);
        long now = 0;
        int served = 0;
        for (long gap : gaps) {
            now += gap;
            if (buckets.take("caller", now).isEmpty()) {
                served++;
            }
        }
        double allowed = burst + (double) now * perSecond / SECOND;
        assertTrue(served <= Math.floor(allowed + 1e-9), served + " served, at most " + allowed + " allowed");
    }

    /** A caller told to wait is served once that wait has passed. */
    @Property
    void theAnnouncedWaitIsEnough(@ForAll @IntRange(min = 1, max = 10) int burst,
                                  @ForAll @IntRange(min = 1, max = 50) int perSecond) {
        TokenBuckets buckets = new TokenBuckets(perSecond, burst, 10);
        OptionalLong wait = OptionalLong.empty();
        while (wait.isEmpty()) {
            wait = buckets.take("caller", 0);
        }
        assertTrue(buckets.take("caller", wait.getAsLong()).isEmpty());
    }
}
