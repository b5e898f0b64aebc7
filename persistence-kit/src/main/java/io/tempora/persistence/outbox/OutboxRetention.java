package io.tempora.persistence.outbox;

import java.time.Clock;
import java.time.OffsetDateTime;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.tempora.persistence.db.BatchAfterBatch;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlResult;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Deletes published outbox rows once {@code tempora.outbox.keep-published} has passed, hourly, in
 * statements of {@code tempora.outbox.purge-batch-size} rows: a busy hour leaves millions of rows,
 * and one statement for all of them would be one long transaction, its WAL and its work all at once
 * while bookings go on.
 */
@ApplicationScoped
public class OutboxRetention {

    private static final Logger LOG = Logger.getLogger(OutboxRetention.class);

    private final Pool pool;
    private final OutboxConfig config;
    private final Clock clock;

    public OutboxRetention(Pool pool, OutboxConfig config, Clock clock) {
        this.pool = pool;
        this.config = config;
        this.clock = clock;
    }

    @Scheduled(every = "1h", delayed = "1m", identity = "outbox-purge",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> purgePublished() {
        return purgePublishedBefore(OffsetDateTime.now(clock).minus(config.keepPublished()))
                .invoke(deleted -> LOG.debugf("deleted %d published outbox rows", deleted))
                .replaceWithVoid();
    }

    /** Deletes the rows published before {@code cutoff}, batch after batch; the item is how many. */
    Uni<Long> purgePublishedBefore(OffsetDateTime cutoff) {
        return BatchAfterBatch.untilShort(() -> purgeBatch(cutoff), config.purgeBatchSize());
    }

    private Uni<Integer> purgeBatch(OffsetDateTime cutoff) {
        // the oldest first, through the index of published rows
        return pool.preparedQuery("DELETE FROM outbox_event WHERE id IN (SELECT id FROM outbox_event"
                        + " WHERE published_at < $1 ORDER BY published_at LIMIT $2)")
                .execute(Tuple.of(cutoff, config.purgeBatchSize()))
                .map(SqlResult::rowCount);
    }
}
