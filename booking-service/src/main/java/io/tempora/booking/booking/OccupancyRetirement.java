package io.tempora.booking.booking;

import java.time.Clock;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.tempora.booking.BookingConfig;
import io.tempora.persistence.db.BatchAfterBatch;

/**
 * Retires the occupancy records of bookings that ended or were cancelled more than
 * {@code tempora.booking.occupancy-grace} ago: a tombstone on {@code booking.occupancy.v1}, through
 * the outbox, so that compaction drops them and a replica rebuilt from the topic reads the present,
 * not years of history. The booking itself stays in this database.
 */
@ApplicationScoped
public class OccupancyRetirement {

    private static final Logger LOG = Logger.getLogger(OccupancyRetirement.class);

    private final BookingRepository bookings;
    private final BookingEvents events;
    private final BookingConfig config;
    private final Clock clock;

    public OccupancyRetirement(BookingRepository bookings, BookingEvents events, BookingConfig config, Clock clock) {
        this.bookings = bookings;
        this.events = events;
        this.config = config;
        this.clock = clock;
    }

    @Scheduled(every = "1h", delayed = "5m", identity = "occupancy-retirement",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> retireDue() {
        return retireEndedBefore(clock.instant().minus(config.occupancyGrace()))
                .invoke(retired -> {
                    if (retired > 0) {
                        LOG.infof("retired the occupancy records of %d bookings", retired);
                    }
                })
                .replaceWithVoid();
    }

    /**
     * Retires every booking that ended or was cancelled before {@code cutoff}, in transactions of
     * {@code tempora.booking.occupancy-retirement-batch}: a busy hour may end more bookings than one
     * batch holds, and records left behind would pile up hour after hour.
     */
    public Uni<Long> retireEndedBefore(Instant cutoff) {
        return BatchAfterBatch.untilShort(() -> retireBatch(cutoff), config.occupancyRetirementBatch());
    }

    private Uni<Integer> retireBatch(Instant cutoff) {
        return Panache.withTransaction(() -> bookings.occupancyToRetire(cutoff, config.occupancyRetirementBatch())
                .call(due -> Multi.createFrom().iterable(due)
                        .onItem().transformToUniAndConcatenate(booking -> events.retireOccupancy(booking)
                                .invoke(() -> booking.occupancyRetiredAt = clock.instant()))
                        .collect().last())
                .map(due -> due.size()));
    }
}
