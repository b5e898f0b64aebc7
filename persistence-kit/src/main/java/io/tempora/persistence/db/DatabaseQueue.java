package io.tempora.persistence.db;

import java.util.concurrent.atomic.AtomicInteger;

import jakarta.inject.Singleton;

import io.smallrye.mutiny.Uni;
import io.vertx.core.http.ConnectionPoolTooBusyException;

/**
 * The requests waiting for one of the reactive pool's connections right now (as
 * {@link ShedLoadPool} hands them out), so that a service can turn work away before it spends
 * anything on it when the pool would refuse its transaction anyway.
 * <p>
 * After a PostgreSQL restart under retries, every booking first asked availability-service (an
 * HTTP exchange, a token verified on either side), and only then found the pool's queue full: the
 * two cores went on checks whose bookings were refused, while the queue drained no faster.
 */
@Singleton
public class DatabaseQueue {

    private final AtomicInteger waiting = new AtomicInteger();
    private final DatabasePoolConfig config;

    public DatabaseQueue(DatabasePoolConfig config) {
        this.config = config;
    }

    /**
     * Goes on when a transaction started now would be let into the pool's queue; fails as the
     * pool itself does when the queue is full ({@link DatabaseProblemTranslator}: 503, retry shortly).
     */
    public Uni<Void> roomForOneMore() {
        return Uni.createFrom().deferred(() -> waiting.get() < config.maxWaiting()
                ? Uni.createFrom().voidItem()
                : Uni.createFrom().failure(new ConnectionPoolTooBusyException(
                        "already " + config.maxWaiting() + " wait for a connection; not started")));
    }

    void waitStarted() {
        waiting.incrementAndGet();
    }

    void waitEnded() {
        waiting.decrementAndGet();
    }
}
