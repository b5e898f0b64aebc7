package io.tempora.availability;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How much one availability answer may cost, and how many answers are kept. */
@ConfigMapping(prefix = "tempora.availability")
public interface AvailabilityConfig {

    /** The answer cache. */
    Cache cache();

    /**
     * Most candidate slots (a start with one provider) one answer may have to weigh: a query whose
     * working hours could hold more is refused with a 400 saying how to narrow it.
     */
    @WithDefault("60000")
    int maximumCandidatesPerAnswer();

    /**
     * Answers that may weigh more candidates than this, a full-form candidate counting as three, are computed on a
     * worker thread, not the event loop: about a millisecond of work on a small core. Below it, the hop to a worker
     * and back costs more than the answer holds the loop.
     */
    @WithDefault("20000")
    int workerThresholdCandidates();

    /**
     * How long an answer asked with a consistency token may wait for that change to reach this
     * replica before a 503 with Retry-After.
     */
    @WithDefault("2s")
    java.time.Duration consistencyWait();

    /**
     * Most bytes (estimated) of organizations' engine inputs (each provider's bookings by start,
     * each resource as its sessions hold it) kept between their changes, so that a search does not
     * sort the whole book again; the least recently searched go first. 0 makes them for every search.
     */
    @WithDefault("64M")
    MemorySize inputsMaximumBytes();

    interface Cache {

        /** False computes every answer, e.g. to measure the computation under load. */
        @WithDefault("true")
        boolean enabled();

        /** Most bytes of written answers kept; the least recently used go first. */
        @WithDefault("64M")
        MemorySize maximumBytes();
    }
}
