package io.tempora.persistence.outbox;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Publishes committed outbox rows to Kafka, oldest first, and marks them published once the
 * broker has acknowledged them. Runs on every replica, but a transaction-scoped advisory lock
 * lets only one relay work at a time, which keeps the order per key across replicas. A row is
 * marked only after its acknowledgement, so a crash can publish a row again but never lose one;
 * consumers tell repeats apart by the envelope id.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /** Arbitrary but fixed: the advisory lock that elects the one working relay. */
    private static final long RELAY_LOCK = 7_411_253_901L;

    private final Pool pool;
    private final OutboxPublisher publisher;
    private final OutboxConfig config;
    private final Counter published;
    private final Counter unacknowledged;
    private final Counter parked;
    private final AtomicBoolean paused = new AtomicBoolean();
    private final AtomicBoolean busy = new AtomicBoolean();
    private long timer;

    public OutboxRelay(Pool pool, OutboxPublisher publisher, OutboxConfig config, MeterRegistry metrics) {
        this.pool = pool;
        this.publisher = publisher;
        this.config = config;
        this.published = Counter.builder("tempora.outbox.published")
                .description("Outbox rows acknowledged by Kafka").register(metrics);
        this.unacknowledged = Counter.builder("tempora.outbox.unacknowledged")
                .description("Outbox rows Kafka did not acknowledge in time; they are sent again").register(metrics);
        this.parked = Counter.builder("tempora.outbox.parked")
                .description("Outbox rows Kafka refused too often, set aside so that the rest flows").register(metrics);
    }

    /**
     * Polls on a Vert.x timer rather than the scheduler, whose smallest step is a second: the
     * interval is how long a change may wait before others see it.
     */
    void start(@Observes StartupEvent startup, Vertx vertx) {
        timer = vertx.setPeriodic(config.pollInterval().toMillis(), tick -> poll().subscribe().with(done -> {
        }, failure -> LOG.warnf("outbox relay tick failed: %s", failure.getMessage())));
    }

    Uni<Void> poll() {
        if (paused.get() || !busy.compareAndSet(false, true)) {
            return Uni.createFrom().voidItem();
        }
        return relayPending()
                .onFailure().invoke(failure -> LOG.warnf("outbox relay will retry: %s", failure.getMessage()))
                .onFailure().recoverWithNull()
                .eventually(() -> busy.set(false))
                .replaceWithVoid();
    }

    /**
     * Publishes batch after batch while batches come back full and fully acknowledged; the item
     * is the number of rows published.
     */
    public Uni<Integer> relayPending() {
        return relayBatch().flatMap(count -> count < config.batchSize()
                ? Uni.createFrom().item(count)
                : relayPending().map(more -> count + more));
    }

    /** Stops publishing and waits for the batch in flight: what a shutdown or a restart does. */
    public void pause() {
        paused.set(true);
        Instant deadline = Instant.now().plus(config.deliveryTimeout()).plusSeconds(5);
        while (busy.get() && Instant.now().isBefore(deadline)) {
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        publisher.close();
    }

    public void resume() {
        paused.set(false);
    }

    void onShutdown(@Observes ShutdownEvent shutdown, Vertx vertx) {
        vertx.cancelTimer(timer);
        pause();
    }

    private Uni<Integer> relayBatch() {
        return pool.withTransaction(connection -> tryRelayLock(connection)
                .flatMap(locked -> locked ? publishBatch(connection) : Uni.createFrom().item(0)));
    }

    private static Uni<Boolean> tryRelayLock(SqlConnection connection) {
        return connection.preparedQuery("SELECT pg_try_advisory_xact_lock($1)")
                .execute(Tuple.of(RELAY_LOCK))
                .map(rows -> rows.iterator().next().getBoolean(0));
    }

    private Uni<Integer> publishBatch(SqlConnection connection) {
        return connection.preparedQuery("""
                        SELECT id, topic, record_key, event_type, payload, traceparent FROM outbox_event
                        WHERE published_at IS NULL AND parked_at IS NULL ORDER BY seq LIMIT $1""")
                .execute(Tuple.of(config.batchSize()))
                .map(rows -> {
                    List<PendingRecord> pending = new java.util.ArrayList<>();
                    for (Row row : rows) {
                        pending.add(new PendingRecord(row.getUUID("id"), row.getString("topic"),
                                row.getString("record_key"), row.getString("event_type"), row.getString("payload"),
                                row.getString("traceparent")));
                    }
                    return pending;
                })
                .flatMap(pending -> pending.isEmpty()
                        ? Uni.createFrom().item(0)
                        : publisher.publish(pending)
                                .invoke(delivery -> unacknowledged.increment(pending.size() - delivery.acknowledged().size()))
                                .call(delivery -> countRefusals(connection, delivery.refused()))
                                .flatMap(delivery -> markPublished(connection, delivery.acknowledged())));
    }

    /**
     * Counts each refusal against its row; a row refused {@code maximum-attempts} times is parked,
     * logged once with its error, and no longer holds back the records behind it.
     */
    private Uni<Void> countRefusals(SqlConnection connection, Map<UUID, String> refused) {
        if (refused.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return Multi.createFrom().iterable(refused.entrySet())
                .onItem().transformToUniAndConcatenate(refusal -> connection.preparedQuery(
                                "UPDATE outbox_event SET attempts = attempts + 1, last_error = $2,"
                                        + " parked_at = CASE WHEN attempts + 1 >= $3 THEN now() END"
                                        + " WHERE id = $1 RETURNING parked_at, topic, record_key")
                        .execute(Tuple.of(refusal.getKey(), refusal.getValue(), config.maximumAttempts()))
                        .invoke(rows -> rows.forEach(row -> {
                            if (row.getValue("parked_at") != null) {
                                parked.increment();
                                LOG.errorf("outbox record %s (%s, key %s) parked after %d refusals: %s; fix the cause,"
                                                + " then set its parked_at to NULL to send it again", refusal.getKey(),
                                        row.getString("topic"), row.getString("record_key"), config.maximumAttempts(),
                                        refusal.getValue());
                            }
                        })))
                .collect().last().replaceWithVoid();
    }

    private Uni<Integer> markPublished(SqlConnection connection, List<UUID> acknowledged) {
        if (acknowledged.isEmpty()) {
            return Uni.createFrom().item(0);
        }
        published.increment(acknowledged.size());
        return connection.preparedQuery("UPDATE outbox_event SET published_at = now() WHERE id = ANY($1)")
                .execute(Tuple.of(acknowledged.toArray(UUID[]::new)))
                .map(result -> result.rowCount());
    }
}
