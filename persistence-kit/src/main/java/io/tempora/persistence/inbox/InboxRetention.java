package io.tempora.persistence.inbox;

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
 * Forgets consumed events after {@code tempora.inbox.keep-consumed}, hourly, in statements of
 * {@code tempora.inbox.purge-batch-size}: the inbox gets a row per event applied, and kept for ever
 * its table and index would grow with every booking the platform ever took.
 */
@ApplicationScoped
public class InboxRetention {

    private static final Logger LOG = Logger.getLogger(InboxRetention.class);

    private final Pool pool;
    private final InboxConfig config;
    private final Clock clock;

    public InboxRetention(Pool pool, InboxConfig config, Clock clock) {
        this.pool = pool;
        this.config = config;
        this.clock = clock;
    }

    @Scheduled(every = "1h", delayed = "1m", identity = "inbox-purge",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> forgetOldEvents() {
        OffsetDateTime cutoff = OffsetDateTime.now(clock).minus(config.keepConsumed());
        return BatchAfterBatch.untilShort(() -> forgetBatch(cutoff), config.purgeBatchSize())
                .invoke(forgotten -> LOG.debugf("forgot %d consumed events", forgotten))
                .replaceWithVoid();
    }

    private Uni<Integer> forgetBatch(OffsetDateTime cutoff) {
        // the oldest first, through the index by age
        return pool.preparedQuery("DELETE FROM consumed_event WHERE event_id IN (SELECT event_id FROM consumed_event"
                        + " WHERE consumed_at < $1 ORDER BY consumed_at LIMIT $2)")
                .execute(Tuple.of(cutoff, config.purgeBatchSize()))
                .map(SqlResult::rowCount);
    }
}
