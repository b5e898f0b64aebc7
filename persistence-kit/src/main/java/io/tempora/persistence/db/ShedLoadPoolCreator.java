package io.tempora.persistence.db;

import java.time.Clock;

import jakarta.inject.Singleton;

import io.quarkus.reactive.pg.client.PgPoolCreator;
import io.vertx.pgclient.PgPool;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;

/**
 * The reactive pool as Quarkus configures it, with a bounded queue, and a connection handed only
 * to whoever got it in time ({@link ShedLoadPool}).
 * <p>
 * Vert.x's defaults let any number of requests wait, each for up to 30 s. After a PostgreSQL
 * restart under traffic that queue grew to thousands, and waits timed out by the hundred. In
 * Vert.x 4.5 a wait that times out just as a connection is handed to it loses that connection for
 * good (the pool's cancel reports success for a waiter a recycle has already served,
 * eclipse-vertx/vert.x#6169, fixed in 5.1 only): within two minutes all 20 were gone, idle in
 * PostgreSQL yet leased in the pool, and the service never became ready again. So no wait times
 * out here; instead at most {@link DatabasePoolConfig#maxWaiting()} wait, and the next request is
 * refused at once (a 503 with Retry-After), and a connection that comes later than
 * {@link DatabasePoolConfig#connectionWait()} goes straight back.
 */
@Singleton
public class ShedLoadPoolCreator implements PgPoolCreator {

    private final DatabasePoolConfig config;
    private final Clock clock;
    private final DatabaseQueue queue;

    public ShedLoadPoolCreator(DatabasePoolConfig config, Clock clock, DatabaseQueue queue) {
        this.config = config;
        this.clock = clock;
        this.queue = queue;
    }

    @Override
    public Pool create(Input input) {
        PoolOptions options = new PoolOptions(input.poolOptions())
                .setMaxWaitQueueSize(config.maxWaiting())
                .setConnectionTimeout(0);
        return new ShedLoadPool(PgPool.pool(input.vertx(), input.pgConnectOptionsList(), options),
                config.connectionWait(), clock, queue);
    }
}
