package io.tempora.booking.idempotency;

import java.time.Clock;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.tempora.booking.BookingConfig;

/** Keeps the idempotency table small: keys are forgotten after {@code tempora.booking.idempotency-retention}. */
@ApplicationScoped
public class IdempotencyKeyRetention {

    private static final Logger LOG = Logger.getLogger(IdempotencyKeyRetention.class);

    private final IdempotencyKeys keys;
    private final BookingConfig config;
    private final Clock clock;

    public IdempotencyKeyRetention(IdempotencyKeys keys, BookingConfig config, Clock clock) {
        this.keys = keys;
        this.config = config;
        this.clock = clock;
    }

    @Scheduled(every = "1h", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> forgetExpiredKeys() {
        return keys.forgetOlderThan(Instant.now(clock).minus(config.idempotencyRetention()))
                .invoke(forgotten -> LOG.debugf("forgot %d idempotency keys", forgotten))
                .replaceWithVoid();
    }
}
