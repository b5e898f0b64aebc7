package io.tempora.persistence.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;

/**
 * The backlog operators watch: if it grows, Kafka or the relay is not keeping up. Measured every
 * 15 s from the pending and the parked rows alone, through their partial indexes: published rows
 * stay in the table for {@code tempora.outbox.keep-published} (a week by default, millions of rows
 * on a busy service), and a measure that read them would scan the whole table each time.
 */
// created at start, so that its gauges exist (at 0) before the first measure
@Startup
@ApplicationScoped
public class OutboxBacklog {

    /** Each part's condition is its partial index's own, so that the planner can use it. */
    static final String MEASURE = "SELECT count(*), min(occurred_at),"
            + " (SELECT count(*) FROM outbox_event WHERE parked_at IS NOT NULL AND published_at IS NULL)"
            + " FROM outbox_event WHERE published_at IS NULL AND parked_at IS NULL";

    private final Pool pool;
    private final Clock clock;
    private final AtomicLong pendingRows = new AtomicLong();
    private final AtomicLong oldestPendingSeconds = new AtomicLong();
    private final AtomicLong parkedRows = new AtomicLong();

    public OutboxBacklog(Pool pool, Clock clock, MeterRegistry metrics) {
        this.pool = pool;
        this.clock = clock;
        Gauge.builder("tempora.outbox.pending", pendingRows, AtomicLong::get).baseUnit("rows")
                .description("Outbox rows not yet published (measured every 15 s)").register(metrics);
        Gauge.builder("tempora.outbox.oldest.pending", oldestPendingSeconds, AtomicLong::get).baseUnit("seconds")
                .description("Age of the oldest outbox row not yet published: how far others lag behind").register(metrics);
        Gauge.builder("tempora.outbox.parked.rows", parkedRows, AtomicLong::get).baseUnit("rows")
                .description("Parked outbox rows waiting for an operator (measured every 15 s)").register(metrics);
    }

    @Scheduled(every = "15s", identity = "outbox-backlog")
    Uni<Void> measure() {
        return pool.query(MEASURE).execute()
                .invoke(rows -> {
                    Row row = rows.iterator().next();
                    pendingRows.set(row.getLong(0));
                    OffsetDateTime oldest = row.getOffsetDateTime(1);
                    oldestPendingSeconds.set(oldest == null ? 0
                            : Math.max(0, Duration.between(oldest.toInstant(), clock.instant()).toSeconds()));
                    parkedRows.set(row.getLong(2));
                })
                .replaceWithVoid();
    }
}
