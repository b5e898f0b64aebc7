package io.tempora.availability.readmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class OccupancyVersionsTest {

    /** A version of {@code ids[booking]} applied, or (version below 0) its record retired. */
    record Step(int booking, long version) {
    }

    /**
     * Whatever versions arrive, in whatever order, and whatever retires: a booking holds a version
     * exactly when the latest version a plain map kept for it since it last retired is at least that.
     */
    @Property(tries = 1000)
    void aBookingHoldsTheVersionsUpToTheLatestAppliedUntilItRetires(@ForAll("steps") List<Step> steps) {
        OccupancyVersions versions = new OccupancyVersions();
        UUID[] ids = new UUID[40];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = UUID.randomUUID();
        }
        Map<UUID, Long> latest = new HashMap<>();
        for (Step step : steps) {
            UUID id = ids[step.booking()];
            if (step.version() < 0) {
                versions.retired(id);
                latest.remove(id);
            } else {
                versions.applied(id, step.version());
                latest.merge(id, step.version(), Math::max);
            }
        }
        for (UUID id : ids) {
            for (long wanted = 0; wanted <= 6; wanted++) {
                boolean expected = latest.containsKey(id) && latest.get(id) >= wanted;
                assertEquals(expected, versions.holds(id, wanted), "booking " + id + " holds version " + wanted);
            }
        }
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        return Combinators.combine(Arbitraries.integers().between(0, 39), Arbitraries.longs().between(-2, 5))
                .as(Step::new).list().ofMaxSize(200);
    }
}
