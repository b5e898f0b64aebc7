package io.tempora.booking;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.tempora.persistence.db.RaceRetry;

@ConfigMapping(prefix = "tempora.booking")
public interface BookingConfig {

    /** How long a booking waits for availability-service's check before answering 503. */
    @WithDefault("2s")
    Duration availabilityTimeout();

    /**
     * Most checks under way with availability-service at once, those whose booking stopped waiting
     * included (they run to their end); beyond it a booking answers 503 without asking.
     */
    @WithDefault("200")
    int availabilityChecksUnderWay();

    /**
     * How often a booking transaction runs when the database picks it as a deadlock's loser (or a
     * serialization failure's) before it answers 409.
     */
    @WithDefault("10")
    int capacityAttempts();

    /** The longest random pause after the first such loss; it doubles with each further one. */
    @WithDefault("10ms")
    Duration capacityFirstPause();

    /** The longest pause between two runs, however many came before. */
    @WithDefault("250ms")
    Duration capacityMaxPause();

    /**
     * How far ahead any booking may start, staff overriding included (a service's own maximum
     * advance is usually much shorter): every store of bookings is sized for it.
     */
    @WithDefault("P3650D")
    Duration horizon();

    /**
     * How long after a booking ended, or was cancelled, its occupancy record stays on
     * {@code booking.occupancy.v1} before a tombstone retires it.
     */
    @WithDefault("P7D")
    Duration occupancyGrace();

    /** Bookings whose occupancy records are retired per transaction; an hourly run takes as many as are due. */
    @WithDefault("500")
    int occupancyRetirementBatch();

    /** How long a creation's Idempotency-Key is remembered; a retry after that makes a new booking. */
    @WithDefault("24h")
    Duration idempotencyRetention();

    default RaceRetry capacityRetry() {
        return new RaceRetry(capacityAttempts(), capacityFirstPause(), capacityMaxPause());
    }
}
