package io.tempora.persistence.db;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.tempora.persistence.inbox.InboxConfig;
import io.tempora.persistence.outbox.OutboxConfig;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlResult;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Keeps persistence-kit's own tables the size of their retention, hourly, oldest rows first through
 * an index by age, in statements of a bounded batch: published outbox rows after
 * {@code tempora.outbox.keep-published}, consumed event ids after {@code tempora.inbox.keep-consumed}.
 * A busy hour leaves millions of rows, and one statement for all of them would be one long
 * transaction, its WAL and its work all at once while bookings go on.
 */
@ApplicationScoped
public class KitTablesRetention {

    private static final Logger LOG = Logger.getLogger(KitTablesRetention.class);

    private final Pool pool;
    private final OutboxConfig outbox;
    private final InboxConfig inbox;
    private final Clock clock;

    public KitTablesRetention(Pool pool, OutboxConfig outbox, InboxConfig inbox, Clock clock) {
        this.pool = pool;
        this.outbox = outbox;
        this.inbox = inbox;
        this.clock = clock;
    }

    @Scheduled(every = "1h", delayed = "1m", identity = "outbox-purge",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> purgePublishedOutboxRows() {
        return deleteOlderThan(outbox.keepPublished(), outbox.purgeBatchSize(), "DELETE FROM outbox_event WHERE id IN"
                + " (SELECT id FROM outbox_event WHERE published_at < $1 ORDER BY published_at LIMIT $2)")
                .invoke(deleted -> LOG.debugf("deleted %d published outbox rows", deleted))
                .replaceWithVoid();
    }

    /**
     * A consumed event's id is kept longer than the event can come again (from its topic, or
     * redriven from a dead-letter topic), so no repeat is ever applied twice.
     */
    @Scheduled(every = "1h", delayed = "1m", identity = "inbox-purge",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> forgetConsumedEvents() {
        return deleteOlderThan(inbox.keepConsumed(), inbox.purgeBatchSize(), "DELETE FROM consumed_event WHERE event_id IN"
                + " (SELECT event_id FROM consumed_event WHERE consumed_at < $1 ORDER BY consumed_at LIMIT $2)")
                .invoke(forgotten -> LOG.debugf("forgot %d consumed events", forgotten))
                .replaceWithVoid();
    }

    /** {@code deleteBatch} takes the cutoff ($1) and the batch's size ($2). */
    private Uni<Long> deleteOlderThan(Duration kept, int batchSize, String deleteBatch) {
        OffsetDateTime cutoff = OffsetDateTime.now(clock).minus(kept);
        return BatchAfterBatch.untilShort(() -> pool.preparedQuery(deleteBatch).execute(Tuple.of(cutoff, batchSize))
                .map(SqlResult::rowCount), batchSize);
    }
}
