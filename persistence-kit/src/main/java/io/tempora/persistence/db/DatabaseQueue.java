package io.tempora.persistence.db;

import java.time.Clock;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.inject.Singleton;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.ConnectionPoolTooBusyException;

/**
 * The requests waiting for one of the reactive pool's connections right now, and whether they
 * have stood in a queue for a while (as {@link ShedLoadPool} hands the connections out), so that a
 * service can turn work away before it spends anything on it when the pool would refuse its
 * transaction, or serve it only after a wait its client would notice.
 * <p>
 * After a PostgreSQL restart under retries, every booking first asked availability-service (an
 * HTTP exchange, a token verified on either side), and only then found the pool's queue full: the
 * two cores went on checks whose bookings were refused, while the queue drained no faster.
 * <p>
 * Offered more bookings a second than the machine could make, the queue filled to its bound and
 * stayed full: every booking then waited seconds for its connection, and a third of them were
 * refused after that wait, so the service made fewer bookings than it could. A queue is not
 * joined any more once every connection handed out for {@link DatabasePoolConfig#queueInterval()}
 * came later than {@link DatabasePoolConfig#queueTarget()} (a standing queue, as CoDel tells one
 * from a burst), until one comes in time or the queue empties: the excess is refused at once,
 * the queue stays about that short, and the pool never idles. A burst arriving at once is let
 * in: its connections have not come late yet.
 */
@Singleton
public class DatabaseQueue {

    /** {@link #lateSince}'s value while the last connection handed out came in time. */
    private static final long IN_TIME = Long.MIN_VALUE;

    private final AtomicInteger waiting = new AtomicInteger();
    /** When the connections handed out began to come late, one after the other. */
    private final AtomicLong lateSince = new AtomicLong(IN_TIME);
    private final DatabasePoolConfig config;
    private final Clock clock;
    private final Counter turnedAwayFull;
    private final Counter turnedAwayStanding;

    public DatabaseQueue(DatabasePoolConfig config, Clock clock, MeterRegistry metrics) {
        this.config = config;
        this.clock = clock;
        this.turnedAwayFull = turnedAway(metrics, "queue-full");
        this.turnedAwayStanding = turnedAway(metrics, "queue-standing");
    }

    private static Counter turnedAway(MeterRegistry metrics, String reason) {
        return Counter.builder("tempora.database.turned.away").tag("reason", reason)
                .description("Work refused before it started, the pool's queue being full or standing")
                .register(metrics);
    }

    /**
     * Goes on when a transaction started now would be let into the pool's queue and not stand in
     * it; fails as the pool itself does when the queue is full ({@link DatabaseProblemTranslator}:
     * 503, retry shortly).
     */
    public Uni<Void> roomForOneMore() {
        return Uni.createFrom().deferred(() -> {
            int queued = waiting.get();
            if (queued >= config.maxWaiting()) {
                turnedAwayFull.increment();
                return tooBusy("already " + queued + " wait for a connection; not started");
            }
            long late = lateSince.get();
            long lateFor = clock.millis() - late;
            if (queued > 0 && late != IN_TIME && lateFor >= config.queueInterval().toMillis()) {
                turnedAwayStanding.increment();
                return tooBusy("connections have come later than " + config.queueTarget().toMillis() + " ms for "
                        + lateFor + " ms; not started");
            }
            return Uni.createFrom().voidItem();
        });
    }

    private static Uni<Void> tooBusy(String why) {
        return Uni.createFrom().failure(new ConnectionPoolTooBusyException(why));
    }

    void waitStarted() {
        waiting.incrementAndGet();
    }

    /** A connection came {@code waitedMillis} after it was asked for. */
    void handedAfter(long waitedMillis) {
        if (waitedMillis <= config.queueTarget().toMillis()) {
            lateSince.set(IN_TIME);
        } else {
            lateSince.compareAndSet(IN_TIME, clock.millis());
        }
        waitEnded();
    }

    /** No connection came (the database out of reach): nothing is learnt about how late they come. */
    void refused() {
        waitEnded();
    }

    /**
     * A queue that emptied no longer stands, however late its last connections came: without
     * this, the first request after a quiet spell that followed a burst would be turned away.
     */
    private void waitEnded() {
        if (waiting.decrementAndGet() == 0) {
            lateSince.set(IN_TIME);
        }
    }
}
